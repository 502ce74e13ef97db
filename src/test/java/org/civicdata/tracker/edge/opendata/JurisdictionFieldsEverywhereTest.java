package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFilter;
import org.civicdata.tracker.record.jurisdiction.JurisdictionImport;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.SourceRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every column of the {@code jurisdiction} table, as the database itself lists it (minus the stated
 * bookkeeping columns below), reaches every output: the JSON listing and record (real HTTP), the
 * open-data CSV header, the GeoJSON properties, the codebook (model and /codebook page), the staff CSV
 * export and the import's layout. The truth is the database, not the constants the code uses: a column
 * added by a migration and forgotten in the field description, or dropped from one output, fails here.
 */
@MicronautTest(transactional = false)
class JurisdictionFieldsEverywhereTest {

    /** Columns that are not exchanged fields, and why. Each must exist (checked), so the list cannot go stale. */
    private static final Map<String, String> INTERNAL = Map.of(
            "id", "the database's key; the slug is the public identifier and the import's key",
            "seed_key", "which seed record it came from: the seed loader's bookkeeping",
            "publication_state", "only published records are public; the import creates drafts",
            "version", "optimistic locking",
            "created_at", "bookkeeping: the audit trail says who changed what when",
            "created_by", "bookkeeping: the audit trail says who changed what when",
            "updated_at", "bookkeeping: the audit trail says who changed what when",
            "updated_by", "bookkeeping: the audit trail says who changed what when",
            "notes",
                    "free text about the record, shown with the record (JSON detail, page), not a listing field or CSV column");

    /** Columns the outputs name otherwise: the state code is "state", the parent's id is the parent's slug. */
    private static final Map<String, String> RENAMED = Map.of("state_code", "state", "parent_id", "parent");

    private static final StaffPrincipal EDITOR = new StaffPrincipal("fields-everywhere", StaffRole.EDITOR, false);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    io.micronaut.json.JsonMapper json;

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionService service;

    @Inject
    JurisdictionImport importer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    RecordWriter writer;

    @Inject
    SourceRepository sources;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    /** The table's columns, from information_schema, in their order. */
    private List<String> tableColumns() throws Exception {
        List<String> columns = new ArrayList<>();
        // The injected DataSource is transaction-aware; this reads outside any transaction.
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_schema = DATABASE() AND table_name = 'jurisdiction' ORDER BY ordinal_position");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

    /** The exchanged fields as CSV columns (snake case). */
    private List<String> csvNames() throws Exception {
        List<String> columns = tableColumns();
        assertThat(columns).as("the bookkeeping columns named here exist").containsAll(INTERNAL.keySet());
        return columns.stream()
                .filter(c -> !INTERNAL.containsKey(c))
                .map(c -> RENAMED.getOrDefault(c, c))
                .toList();
    }

    /** The same in JSON (lower camel case). */
    private List<String> jsonNames() throws Exception {
        return csvNames().stream().map(JurisdictionFieldsEverywhereTest::camel).toList();
    }

    private static String camel(String snake) {
        Matcher m = Pattern.compile("_([a-z0-9])").matcher(snake);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void theDatabaseHasTheFieldsThisTestExpectsToFind() throws Exception {
        // A sanity check of the derivation itself, so an empty list cannot pass everything below.
        assertThat(csvNames()).contains("slug", "name", "kind", "state", "fips", "latitude", "longitude", "parent");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFieldIsInTheJsonListingAndRecordAndTheGeoJsonProperties() throws Exception {
        Map<String, Object> list = http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions"), Map.class);
        Map<String, Object> item = ((List<Map<String, Object>>) list.get("items")).get(0);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(item.keySet()).as("JSON listing item").containsAll(jsonNames());

        Map<String, Object> record =
                http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions/chicago-il"), Map.class);
        soft.assertThat(record.keySet()).as("JSON record").containsAll(jsonNames());

        String geoJson = http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions.geojson"), String.class);
        Map<String, Object> geo = json.readValue(geoJson, Map.class);
        Map<String, Object> feature = ((List<Map<String, Object>>) geo.get("features")).get(0);
        soft.assertThat(((Map<String, Object>) feature.get("properties")).keySet())
                .as("GeoJSON properties")
                .containsAll(jsonNames());
        soft.assertAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListingsJsonKeysAreExactlyTheCodebooksJurisdictionFields() {
        // The codebook's group is the description's fields plus the derived ones: nothing more, nothing less.
        Map<String, Object> list = http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions"), Map.class);
        Map<String, Object> item = ((List<Map<String, Object>>) list.get("items")).get(0);
        Codebook.Group jurisdiction = Codebook.groups().get(0);
        assertThat(item.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        jurisdiction.fields().stream().map(Codebook.Field::name).toList());
    }

    @Test
    void everyFieldIsAColumnOfTheOpenDataCsv() throws Exception {
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions.csv"), String.class);
        assertThat(List.of(csv.lines().findFirst().orElseThrow().split(",")))
                .as("open-data CSV header")
                .containsAll(csvNames());
    }

    @Test
    void everyFieldIsInTheCodebookModelAndPage() throws Exception {
        Codebook.Group jurisdiction = Codebook.groups().stream()
                .filter(g -> g.title().startsWith("Jurisdiction"))
                .findFirst()
                .orElseThrow();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(jurisdiction.fields())
                .extracting(Codebook.Field::name)
                .as("codebook model")
                .containsAll(jsonNames());

        Document page = Jsoup.parse(http.toBlocking().retrieve(HttpRequest.GET("/codebook"), String.class));
        Element section = page.select("section").stream()
                .filter(s -> s.selectFirst("h2") != null
                        && s.selectFirst("h2").text().startsWith("Jurisdiction"))
                .findFirst()
                .orElseThrow();
        soft.assertThat(section.select("tbody th code").eachText())
                .as("/codebook page")
                .containsAll(jsonNames());
        soft.assertAll();
    }

    @Test
    void everyFieldIsAColumnOfTheStaffExportAndOfTheImportLayout() throws Exception {
        StringWriter export = new StringWriter();
        service.exportCsv(JurisdictionFilter.NONE, List.of(), export);
        List<String> header =
                List.of(export.toString().lines().findFirst().orElseThrow().split(","));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(header).as("staff CSV export").containsAll(csvNames());

        // A file with exactly these columns: the import knows each (an unknown column is a line-1 problem).
        JurisdictionImport.Preview preview =
                importer.preview(EDITOR, new StringReader(String.join(",", csvNames()) + "\n"));
        soft.assertThat(preview.problems()).as("import layout").isEmpty();
        soft.assertAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPopulationGoesOutAsStoredAndIsALabelledFactOfThePage() throws Exception {
        if (jurisdictions.findBySlug("populous-qp").isEmpty()) {
            Jurisdiction j = new Jurisdiction();
            j.setSlug("populous-qp");
            j.setName("Populous");
            j.setKind(JurisdictionKind.CITY);
            j.setStateCode("QP");
            j.setPopulation(2746388);
            j.setPopulationYear(2020);
            j.setPublicationState(PublicationState.PUBLISHED);
            writer.create(
                    RecordType.JURISDICTION,
                    j,
                    List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                    Map.of(),
                    "test");
        }
        Map<String, Object> list =
                http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions?state=QP"), Map.class);
        assertThat(((List<Map<String, Object>>) list.get("items")).get(0))
                .containsEntry("population", 2746388)
                .containsEntry("populationYear", 2020);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions/populous-qp"), Map.class))
                .containsEntry("population", 2746388)
                .containsEntry("populationYear", 2020);
        Map<String, Object> geo = json.readValue(
                http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions.geojson?state=QP"), String.class),
                Map.class);
        assertThat((Map<String, Object>)
                        ((List<Map<String, Object>>) geo.get("features")).get(0).get("properties"))
                .containsEntry("population", 2746388)
                .containsEntry("populationYear", 2020);
        List<String> csv = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/jurisdictions.csv?state=QP"), String.class)
                .lines()
                .toList();
        List<String> header = List.of(csv.get(0).split(","));
        List<String> row = List.of(csv.get(1).split(","));
        assertThat(row.get(header.indexOf("population"))).isEqualTo("2746388");
        assertThat(row.get(header.indexOf("population_year"))).isEqualTo("2020");

        Document page = Jsoup.parse(http.toBlocking().retrieve(HttpRequest.GET("/j/populous-qp"), String.class));
        assertThat(page.select("dl.record-facts dt").eachText()).containsExactly("Population", "Population year");
        assertThat(page.select("dl.record-facts dd").eachText()).containsExactly("2,746,388", "2020");
        // Without a population the page shows no such facts.
        Document chicago = Jsoup.parse(http.toBlocking().retrieve(HttpRequest.GET("/j/chicago-il"), String.class));
        assertThat(chicago.select("dl.record-facts")).isEmpty();
    }
}
