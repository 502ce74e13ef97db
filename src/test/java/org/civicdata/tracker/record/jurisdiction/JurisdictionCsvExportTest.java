package org.civicdata.tracker.record.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.model.Sort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JurisdictionCsvExportTest {

    @Inject
    JurisdictionService service;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private List<CSVRecord> export(JurisdictionFilter filter, List<Sort.Order> sort) throws Exception {
        StringWriter out = new StringWriter();
        service.exportCsv(filter, sort, out);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(out.toString()))
                .getRecords();
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsInTheGridsOrderWithParentSlugs() throws Exception {
        List<CSVRecord> rows = export(
                new JurisdictionFilter(null, "CA", JurisdictionKind.CITY, null), List.of(Sort.Order.desc("name")));
        assertThat(rows).extracting(r -> r.get("slug")).containsExactly("sacramento-ca", "los-angeles-ca");
        assertThat(rows.get(0).get("parent")).isEqualTo("california-ca");
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(JurisdictionCsv.COLUMNS);
    }

    @Test
    void textWithCommasAndQuotesSurvivesTheRoundTrip() throws Exception {
        List<CSVRecord> rows = export(new JurisdictionFilter("washington-dc", null, null, null), List.of());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("Washington, D.C.");
            assertThat(r.get("fips")).isEqualTo("11001");
            assertThat(r.get("latitude")).isEqualTo("38.9072");
        });
    }
}
