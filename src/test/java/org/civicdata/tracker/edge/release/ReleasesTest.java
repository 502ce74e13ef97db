package org.civicdata.tracker.edge.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.source.SourceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Releases over real HTTP against the real database: made by an editor (not by a contributor, not by
 * a POST), read publicly, every file hashing to its published SHA-256 and to SHA256SUMS, the listing
 * byte for byte the API's, bytes unchanged after later publishes, identifiers stable across releases,
 * datapackage.json valid against the Data Package profile and the CSV against its Table Schema.
 */
@MicronautTest(transactional = false)
class ReleasesTest {

    static final ReleaseDays DAYS = new ReleaseDays();
    private static final StaffPrincipal EDITOR = new StaffPrincipal("release-ed", StaffRole.EDITOR, false);
    private static final ObjectMapper JSON = new ObjectMapper();

    @MockBean(Clock.class)
    Clock clock() {
        return DAYS;
    }

    @Inject
    Releases releases;

    @Inject
    DataReleaseRepository stored;

    @Inject
    AuditEntryRepository audit;

    @Inject
    RecordWriter writer;

    @Inject
    SourceRepository sources;

    @Inject
    SeedLoader seeds;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @Test
    void anEditorsReleaseIsServedWithItsChecksumsAndTheListingIsTheApisOwn() throws Exception {
        LocalDate day = DAYS.nextFreeDay(stored);
        byte[] listing = get("/api/jurisdictions").body();
        byte[] csv = get("/api/jurisdictions.csv").body();
        Releases.Published made = releases.make(EDITOR);
        assertThat(made.date()).isEqualTo(day);

        JsonNode list = json(get("/api/releases"));
        assertThat(list.get("releases").get(0).get("date").asText()).isEqualTo(day.toString());
        JsonNode index = json(get("/api/releases/" + day));
        assertThat(index.get("howToCite").asText())
                .contains("Jurisdiction policy tracker")
                .contains(day.toString())
                .endsWith("/api/releases/" + day);
        assertThat(index.get("licence").asText()).isEqualTo("CC-BY-4.0");
        Map<String, byte[]> files = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (JsonNode f : index.get("files")) {
            String name = f.get("name").asText();
            names.add(name);
            HttpResponse<byte[]> response = get("/api/releases/" + day + "/" + name);
            assertThat(response.statusCode()).isEqualTo(200);
            byte[] bytes = response.body();
            assertThat(bytes).hasSize(f.get("bytes").asInt());
            assertThat(ReleaseBytes.sha256(bytes))
                    .as(name)
                    .isEqualTo(f.get("sha256").asText());
            String etag = "\"" + f.get("sha256").asText() + "\"";
            assertThat(response.headers().firstValue("ETag")).hasValue(etag);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("inline; filename=\"" + name + "\"");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(f.get("mediaType").asText().replaceAll(";.*", ""));
            HttpResponse<byte[]> again = http.send(
                    request("/api/releases/" + day + "/" + name)
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).isEqualTo(304);
            HttpResponse<byte[]> zipped = http.send(
                    request("/api/releases/" + day + "/" + name)
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(zipped.body())).isEqualTo(bytes);
            files.put(name, bytes);
        }
        assertThat(names)
                .containsExactly(
                        "jurisdictions.json",
                        "jurisdictions.csv",
                        "jurisdictions.geojson",
                        "datapackage.json",
                        "LICENSE.txt",
                        "SHA256SUMS");
        // The same renderer as the API: nothing changed in between, so the same bytes.
        assertThat(files.get("jurisdictions.json")).isEqualTo(listing);
        assertThat(files.get("jurisdictions.csv")).isEqualTo(csv);
        // sha256sum -c: "<hex>  <name>", every file but itself.
        List<String> sums = List.of(new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n"));
        assertThat(sums).hasSize(names.size() - 1);
        for (String line : sums) {
            assertThat(line).matches("[0-9a-f]{64}  [A-Za-z0-9.]+");
            String name = line.substring(66);
            assertThat(ReleaseBytes.sha256(files.get(name))).isEqualTo(line.substring(0, 64));
        }
        assertThat(new String(files.get("LICENSE.txt"), StandardCharsets.UTF_8))
                .contains("https://creativecommons.org/licenses/by/4.0/");

        // Audited through the one path: a CREATE of a RELEASE, its files and checksums as the changes.
        List<AuditEntry> entries = audit.findByRecordTypeAndRecordIdOrderById(
                RecordType.RELEASE, made.release().getId());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo(AuditAction.CREATE);
        assertThat(entries.get(0).actor()).isEqualTo("release-ed");
        assertThat(entries.get(0).changes())
                .contains("\"releaseDate\"")
                .contains("SHA256SUMS")
                .contains(ReleaseBytes.sha256(files.get("jurisdictions.csv")));
    }

    @Test
    void theDataPackageValidatesAndTheCsvMatchesItsTableSchema() throws Exception {
        LocalDate day = DAYS.nextFreeDay(stored);
        releases.make(EDITOR);
        byte[] descriptor = get("/api/releases/" + day + "/datapackage.json").body();
        String text = new String(descriptor, StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        Schema dataPackage = schema(registry, "data-package.json");
        assertThat(dataPackage.validate(text, InputFormat.JSON)).isEmpty();
        JsonNode pkg = JSON.readTree(descriptor);
        assertThat(pkg.get("version").asText()).isEqualTo(day.toString());
        assertThat(pkg.get("licenses").get(0).get("name").asText()).isEqualTo("CC-BY-4.0");

        Schema tabular = schema(registry, "tabular-data-resource.json");
        JsonNode csvResource = null;
        for (JsonNode resource : pkg.get("resources")) {
            byte[] bytes = get("/api/releases/" + day + "/"
                            + resource.get("path").asText())
                    .body();
            assertThat(resource.get("bytes").asLong()).isEqualTo(bytes.length);
            assertThat(resource.get("hash").asText()).isEqualTo("sha256:" + ReleaseBytes.sha256(bytes));
            if (resource.get("format").asText().equals("csv")) {
                csvResource = resource;
            }
        }
        assertThat(csvResource).isNotNull();
        assertThat(tabular.validate(csvResource.toString(), InputFormat.JSON)).isEmpty();

        JsonNode fields = csvResource.get("schema").get("fields");
        byte[] csv = get("/api/releases/" + day + "/jurisdictions.csv").body();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .build()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames();
            List<String> described = new ArrayList<>();
            fields.forEach(f -> described.add(f.get("name").asText()));
            assertThat(header).isEqualTo(described);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).isNotEmpty();
            for (CSVRecord row : rows) {
                for (JsonNode field : fields) {
                    String name = field.get("name").asText();
                    assertThat(problem(field, row.get(name)))
                            .as("line %d, %s = '%s'", row.getRecordNumber() + 1, name, row.get(name))
                            .isNull();
                }
            }
        }
        // The coded fields carry their codes, from the codebook's descriptions.
        assertThat(fields.findValuesAsText("name")).contains("kind", "stance", "fips");
        assertThat(fields.toString()).contains("\"enum\":[\"STATE\"").contains("SANCTUARY");
    }

    /** What is wrong with a cell by its Table Schema field, or null. */
    private static String problem(JsonNode field, String cell) {
        JsonNode c = field.path("constraints");
        if (cell.isEmpty()) {
            return c.path("required").asBoolean() ? "required" : null;
        }
        if (c.has("enum")) {
            List<String> allowed = new ArrayList<>();
            c.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.contains(cell)) {
                return "not in enum";
            }
        }
        if (c.has("pattern") && !cell.matches(c.get("pattern").asText())) {
            return "does not match its pattern";
        }
        try {
            switch (field.get("type").asText()) {
                case "integer" -> {
                    if (Long.parseLong(cell) < c.path("minimum").asLong(Long.MIN_VALUE)) {
                        return "below minimum";
                    }
                }
                case "number" -> new BigDecimal(cell);
                case "year" -> {
                    if (!cell.matches("[0-9]{4}")) {
                        return "not a year";
                    }
                }
                case "boolean" -> {
                    if (!cell.equals("true") && !cell.equals("false")) {
                        return "not a boolean";
                    }
                }
                case "string" -> {}
                default -> {
                    return "unknown type " + field.get("type");
                }
            }
        } catch (NumberFormatException e) {
            return "not a number";
        }
        return null;
    }

    @Test
    void aReleasesBytesNeverChangeAndRecordsKeepTheirIdentifiers() throws Exception {
        LocalDate first = DAYS.nextFreeDay(stored);
        releases.make(EDITOR);
        JsonNode before = json(get("/api/releases/" + first));
        Map<String, byte[]> old = new HashMap<>();
        for (JsonNode f : before.get("files")) {
            old.put(
                    f.get("name").asText(),
                    get("/api/releases/" + first + "/" + f.get("name").asText()).body());
        }

        String slug = "released-" + System.nanoTime() + "-qr";
        Jurisdiction j = new Jurisdiction();
        j.setSlug(slug);
        j.setName("Released " + slug);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("QR");
        j.setLatitude(new BigDecimal("41.5"));
        j.setLongitude(new BigDecimal("-88.1"));
        j.setPublicationState(PublicationState.PUBLISHED);
        writer.create(
                RecordType.JURISDICTION,
                j,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");

        LocalDate second = DAYS.nextFreeDay(stored);
        releases.make(EDITOR);
        for (JsonNode f : before.get("files")) {
            String name = f.get("name").asText();
            byte[] now = get("/api/releases/" + first + "/" + name).body();
            assertThat(now).as(name).isEqualTo(old.get(name));
            assertThat(ReleaseBytes.sha256(now)).isEqualTo(f.get("sha256").asText());
        }
        assertThat(json(get("/api/releases/" + first))).isEqualTo(before);
        String oldCsv = new String(old.get("jurisdictions.csv"), StandardCharsets.UTF_8);
        String newCsv =
                new String(get("/api/releases/" + second + "/jurisdictions.csv").body(), StandardCharsets.UTF_8);
        assertThat(oldCsv).doesNotContain(slug);
        assertThat(newCsv).contains(slug);

        // Every record of the first release is in the second under the same slug and FIPS code.
        Map<String, String> fipsBefore = fipsBySlug(old.get("jurisdictions.json"));
        Map<String, String> fipsAfter = fipsBySlug(
                get("/api/releases/" + second + "/jurisdictions.json").body());
        assertThat(fipsBefore).isNotEmpty();
        assertThat(fipsAfter).containsAllEntriesOf(fipsBefore).containsKey(slug);
    }

    private static Map<String, String> fipsBySlug(byte[] listing) throws IOException {
        Map<String, String> fips = new HashMap<>();
        for (JsonNode item : JSON.readTree(listing).get("items")) {
            fips.put(item.get("slug").asText(), item.get("fips").asText(""));
        }
        return fips;
    }

    @Test
    void aSecondReleaseOnTheSameDayIsRefusedAndChangesNothing() throws Exception {
        LocalDate day = DAYS.nextFreeDay(stored);
        releases.make(EDITOR);
        byte[] index = get("/api/releases/" + day).body();
        long entries = audit.count();
        assertThatThrownBy(() -> releases.make(EDITOR))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The release of " + day + " was already made")
                .hasMessageContaining("release-ed");
        assertThat(audit.count()).isEqualTo(entries);
        assertThat(get("/api/releases/" + day).body()).isEqualTo(index);
    }

    @Test
    void onlyEditorsMakeReleasesAndThePublicSideTakesNoWrites() throws Exception {
        LocalDate day = DAYS.nextFreeDay(stored);
        assertThatThrownBy(() -> releases.make(new StaffPrincipal("release-contrib", StaffRole.CONTRIBUTOR, false)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(stored.findByReleaseDate(day)).isEmpty();
        for (String path : List.of("/api/releases", "/api/releases/" + day, "/api/releases/" + day + "/x.csv")) {
            HttpResponse<byte[]> post = http.send(
                    request(path)
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(post.statusCode()).as(path).isBetween(400, 499);
        }
        assertThat(stored.findByReleaseDate(day)).isEmpty();
    }

    @Test
    void unknownDatesAndFilesAre404sInJson() throws Exception {
        LocalDate day = DAYS.nextFreeDay(stored);
        releases.make(EDITOR);
        for (String path : List.of(
                "/api/releases/1999-01-01",
                "/api/releases/not-a-date",
                "/api/releases/2026-02-30",
                "/api/releases/" + day + "/secrets.txt",
                "/api/releases/1999-01-01/jurisdictions.csv")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).get("error").asText()).as(path).isEqualTo("not_found");
        }
        assertThat(get("/api/releases?x=1").statusCode()).isEqualTo(400);
    }

    @Test
    void theScheduleSkipsUnchangedDataAndReleasesAChange() {
        DAYS.nextFreeDay(stored);
        releases.make(EDITOR);
        LocalDate next = DAYS.nextFreeDay(stored);
        assertThat(releases.makeIfChanged()).startsWith("No release made: the data has not changed");
        assertThat(stored.findByReleaseDate(next)).isEmpty();
        Jurisdiction draft = new Jurisdiction();
        draft.setSlug("scheduled-" + System.nanoTime() + "-qr");
        draft.setName("Scheduled");
        draft.setKind(JurisdictionKind.CITY);
        draft.setStateCode("QR");
        writer.create(RecordType.JURISDICTION, draft, List.of(), Map.of(), "test");
        assertThat(releases.makeIfChanged()).startsWith("Made the release of " + next);
        assertThat(stored.findByReleaseDate(next).orElseThrow().getCreatedBy()).isEqualTo(Releases.SCHEDULE);
        assertThat(releases.makeIfChanged()).contains("exists already");
    }

    private Schema schema(SchemaRegistry registry, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/frictionless/" + name)) {
            return registry.getSchema(in);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path));
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
