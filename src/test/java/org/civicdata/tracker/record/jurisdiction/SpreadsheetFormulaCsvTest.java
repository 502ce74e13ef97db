package org.civicdata.tracker.record.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.source.SourceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names a spreadsheet would run as formulas, in the public CSV and the staff export, and the staff
 * export imported again: the formulas come out disarmed, numbers stay numbers, and the import gives
 * back exactly the names that were exported.
 */
@MicronautTest(transactional = false)
class SpreadsheetFormulaCsvTest {

    private static final Map<String, String> NAMES = Map.of(
            "formula-hyperlink-wy", "=HYPERLINK(\"http://evil.example/\",\"Click\")",
            "formula-plus-wy", "+1+cmd|' /C calc'!A0",
            "formula-minus-wy", "-2+3",
            "formula-at-wy", "@SUM(A1:A3)",
            "formula-tab-wy", "\t=1+1",
            "formula-quoted-wy", "'=already quoted");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    RecordWriter writer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    SourceRepository sources;

    @Inject
    JurisdictionService service;

    @Inject
    JurisdictionImport imports;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void formulaNamedJurisdictions() {
        TestSeeds.ensureLoaded(seeds);
        long source = sources.findBySeedKey("doc-000").orElseThrow().getId();
        NAMES.forEach((slug, name) -> {
            if (jurisdictions.findBySlug(slug).isEmpty()) {
                Jurisdiction j = new Jurisdiction();
                j.setSlug(slug);
                j.setName(name);
                j.setKind(JurisdictionKind.CITY);
                j.setStateCode("WY");
                j.setLatitude(new BigDecimal("43.1"));
                j.setLongitude(new BigDecimal("-107.5"));
                j.setPublicationState(PublicationState.PUBLISHED);
                writer.create(RecordType.JURISDICTION, j, List.of(source), Map.of(), "test");
            }
        });
    }

    @Test
    void thePublicCsvDisarmsFormulasAndKeepsNegativeNumbers() throws Exception {
        List<CSVRecord> rows = parse(http.toBlocking().retrieve("/api/jurisdictions.csv?state=WY"));
        assertThat(rows).extracting(r -> r.get("slug")).containsAll(NAMES.keySet());
        for (CSVRecord row : rows) {
            String name = NAMES.get(row.get("slug"));
            if (name != null) {
                assertThat(row.get("name"))
                        .as(row.get("slug"))
                        .isEqualTo("'"
                                + jurisdictions
                                        .findBySlug(row.get("slug"))
                                        .orElseThrow()
                                        .getName());
                assertThat(row.get("longitude")).isEqualTo("-107.5");
            }
        }
    }

    @Test
    void theStaffExportDisarmsFormulasAndItsImportGivesBackTheExactNames() throws Exception {
        StringWriter out = new StringWriter();
        service.exportCsv(new JurisdictionFilter("formula-", "WY", null, null), List.of(), out);
        List<CSVRecord> exported = parse(out.toString());
        assertThat(exported).extracting(r -> r.get("slug")).containsExactlyInAnyOrderElementsOf(NAMES.keySet());
        for (CSVRecord row : exported) {
            assertThat(row.get("name"))
                    .as(row.get("slug"))
                    .isEqualTo("'"
                            + jurisdictions
                                    .findBySlug(row.get("slug"))
                                    .orElseThrow()
                                    .getName());
            assertThat(row.get("longitude")).isEqualTo("-107.5");
        }

        JurisdictionImport.Preview preview = imports.preview(
                new org.civicdata.tracker.core.account.StaffPrincipal(
                        "formula-editor", org.civicdata.tracker.core.account.StaffRole.EDITOR, false),
                new StringReader(out.toString()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(NAMES.size()).allSatisfy(row -> {
            assertThat(row.updatesExisting()).isTrue();
            assertThat(row.outcome().kind())
                    .as(row.slug() + " comes back unchanged")
                    .isEqualTo(org.civicdata.tracker.core.common.CsvRowOutcome.Kind.UNCHANGED);
            String original = jurisdictions.findBySlug(row.slug()).orElseThrow().getName();
            assertThat(row.values().get("name")).as(row.slug()).isEqualTo(original);
            assertThat(row.values().get("longitude")).isEqualTo("-107.5");
        });
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
