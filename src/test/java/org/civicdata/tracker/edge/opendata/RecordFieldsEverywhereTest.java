package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.designation.DesignationFields;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterFields;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventFields;
import org.civicdata.tracker.record.event.EventFigureFields;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseFields;
import org.civicdata.tracker.record.funding.CourtCaseRepository;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatFields;
import org.civicdata.tracker.record.funding.FundingThreatRepository;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonFields;
import org.civicdata.tracker.record.policy.PolicyPositionFields;
import org.civicdata.tracker.record.source.SourceFields;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.StatementFields;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every column of every public table other than {@code jurisdiction} (which JurisdictionFieldsEverywhereTest
 * checks with its CSVs), as the database itself lists it, minus the columns stated below with their
 * reasons, is a field of the type's description ({@code DesignationFields} and the like), a key of the
 * record's JSON as served over real HTTP inside {@code GET /api/jurisdictions/{slug}}, and a field of the
 * type's codebook group (model and /codebook page). The truth is the database: a column added by a
 * migration and forgotten anywhere fails here, and so does a new table that is in no list below. The
 * values too: for a DOJ letter, a funding threat and a court case with every field set, the JSON carries
 * what the description reads from the stored record (the attached records' JSON is mapped by hand).
 */
@MicronautTest(transactional = false)
class RecordFieldsEverywhereTest {

    /** Columns every record table has that are not exchanged fields, and why. */
    private static final Map<String, String> BOOKKEEPING = Map.of(
            "id", "the database's key; the public side shows records inside their jurisdiction, not by id",
            "seed_key", "which seed record it came from: the seed loader's bookkeeping",
            "publication_state", "only published records are public, so the state is always PUBLISHED there",
            "version", "optimistic locking",
            "created_at", "bookkeeping: the audit trail says who changed what when",
            "created_by", "bookkeeping: the audit trail says who changed what when",
            "updated_at", "bookkeeping: the audit trail says who changed what when",
            "updated_by", "bookkeeping: the audit trail says who changed what when");

    /** Tables that are not public record types, and why. */
    private static final Map<String, String> NOT_PUBLIC_TABLES = Map.ofEntries(
            Map.entry("jurisdiction", "checked, CSVs and import too, by JurisdictionFieldsEverywhereTest"),
            Map.entry("event_jurisdiction", "only which jurisdictions an event concerns: where the event is listed"),
            Map.entry("citation", "which sources a record cites: the record's sources"),
            Map.entry(
                    "status_change",
                    "a letter's, threat's or court case's status history, a part of it (issue 11): served as"
                            + " statusHistory (StatusAsOfTest; codebook group checked by CodebookCoversViewsTest); to move"
                            + " to TABLES once a StatusChangeFields description exists"),
            Map.entry("account", "staff accounts"),
            Map.entry("audit_entry", "the audit trail, staff only"),
            Map.entry("audit_entry_jurisdiction", "the change feed's index of the audit trail (V12)"),
            Map.entry("review_request", "the review queue, staff only"),
            Map.entry("record_presence", "who has a record open, staff only"),
            Map.entry("sign_in_attempt", "the sign-in throttle's log"),
            Map.entry("sign_in_lock", "the sign-in throttle's lock"),
            Map.entry("publication_lock", "the publication guard's lock"),
            Map.entry("database_identity", "which database this is, for backups and instances"),
            Map.entry("data_release", "releases: described by their own index and datapackage.json (ReleasesTest)"),
            Map.entry("data_release_file", "a release's files: listed in its index, checked by ReleasesTest"),
            Map.entry("data_release_chunk", "a release file's stored bytes"),
            Map.entry("flyway_schema_history", "Flyway's own"));

    /**
     * A public table: its description, where its records are in a jurisdiction's JSON, its codebook group,
     * its columns that are not fields (with the reason), and its columns whose public name is not the
     * column's name in camel case.
     */
    record PublicTable(
            String table,
            List<? extends RecordField<?>> description,
            Function<Map<String, Object>, Stream<Map<String, Object>>> inDetail,
            String group,
            Map<String, String> notFields,
            Map<String, String> renamed) {}

    private static final String LISTED_UNDER_ITS_JURISDICTION =
            "the record is listed under its jurisdiction (GET /api/jurisdictions/{slug})";
    private static final String NOTES_STAFF_ONLY = "notes on this type are for staff: the public shape has none";

    static final List<PublicTable> TABLES = List.of(
            new PublicTable(
                    "policy_position",
                    PolicyPositionFields.ALL,
                    d -> list(d, "policyPositions"),
                    "Policy position",
                    Map.of("jurisdiction_id", LISTED_UNDER_ITS_JURISDICTION),
                    Map.of("valid_from_on", "validFrom", "valid_to_on", "validTo")),
            new PublicTable(
                    "designation",
                    DesignationFields.ALL,
                    d -> list(d, "designations"),
                    "Designation",
                    Map.of("jurisdiction_id", LISTED_UNDER_ITS_JURISDICTION),
                    Map.of()),
            new PublicTable(
                    "doj_letter",
                    DojLetterFields.ALL,
                    d -> list(d, "dojLetters"),
                    "DOJ letter",
                    Map.of("jurisdiction_id", LISTED_UNDER_ITS_JURISDICTION),
                    Map.of("deadline_on", "deadline")),
            new PublicTable(
                    "funding_threat",
                    FundingThreatFields.ALL,
                    d -> list(d, "fundingThreats"),
                    "Funding threat",
                    Map.of(
                            "jurisdiction_id",
                            LISTED_UNDER_ITS_JURISDICTION,
                            "doj_letter_id",
                            "the letter a threat follows from is kept for staff and not published (yet)"),
                    Map.of()),
            new PublicTable(
                    "court_case",
                    CourtCaseFields.ALL,
                    d -> list(d, "fundingThreats").flatMap(t -> list(t, "courtCases")),
                    "Court case",
                    Map.of("funding_threat_id", "a court case is listed in its funding threat's courtCases"),
                    Map.of()),
            new PublicTable(
                    "statement",
                    StatementFields.ALL,
                    d -> list(d, "statements"),
                    "Statement",
                    Map.of(
                            "jurisdiction_id",
                            LISTED_UNDER_ITS_JURISDICTION,
                            "person_id",
                            "the speaker goes out as the object speaker (the group Speaker)"),
                    Map.of()),
            new PublicTable(
                    "person",
                    PersonFields.ALL,
                    d -> list(d, "statements").map(s -> object(s, "speaker")),
                    "Speaker",
                    Map.of("notes", NOTES_STAFF_ONLY),
                    Map.of()),
            new PublicTable("event", EventFields.ALL, d -> list(d, "events"), "Event", Map.of(), Map.of()),
            new PublicTable(
                    "event_figure",
                    EventFigureFields.ALL,
                    d -> list(d, "events").flatMap(e -> list(e, "figures")),
                    "Event figure",
                    Map.of(
                            "event_id", "a figure is listed in its event's figures",
                            "position", "the figures are listed in this order"),
                    Map.of()),
            new PublicTable(
                    "source",
                    SourceFields.ALL,
                    d -> Stream.concat(
                                    Stream.of(d),
                                    Stream.of("policyPositions", "designations", "dojLetters", "statements", "events")
                                            .flatMap(key -> list(d, key)))
                            .flatMap(r -> list(r, "sources")),
                    "Source",
                    Map.of("notes", NOTES_STAFF_ONLY),
                    Map.of("published_on", "published")));

    @SuppressWarnings("unchecked")
    private static Stream<Map<String, Object>> list(Map<String, Object> record, String key) {
        Object value = record.get(key);
        return value == null ? Stream.empty() : ((List<Map<String, Object>>) value).stream();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> record, String key) {
        return (Map<String, Object>) record.get(key);
    }

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    SeedLoader seeds;

    @Inject
    RecordWriter writer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    SourceRepository sources;

    @Inject
    DojLetterRepository letters;

    @Inject
    FundingThreatRepository threats;

    @Inject
    CourtCaseRepository courtCases;

    /**
     * The bundled seeds publish no DOJ letter, funding threat or court case, so one of each is published
     * here, under a jurisdiction of this test's own (state QX, which no other test uses).
     */
    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
        if (jurisdictions.findBySlug("fields-everywhere-qx").isPresent()) {
            return;
        }
        List<Long> cited =
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId());
        Jurisdiction j = new Jurisdiction();
        j.setSlug("fields-everywhere-qx");
        j.setName("Fields Everywhere");
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("QX");
        j.setPublicationState(PublicationState.PUBLISHED);
        long id = writer.create(RecordType.JURISDICTION, j, cited, Map.of(), "test")
                .getId();
        DojLetter letter = new DojLetter();
        letter.setJurisdictionId(id);
        letter.setStatus(LetterStatus.SENT);
        letter.setRecipients("The mayor");
        letter.setSentOn(LocalDate.of(2025, 1, 1));
        letter.setSentPrecision(DatePrecision.MONTH);
        letter.setSender("A sender");
        letter.setLegalBasis("8 U.S.C. 1373");
        letter.setDeadlineOn(LocalDate.of(2025, 2, 3));
        letter.setDeadlinePrecision(DatePrecision.DAY);
        letter.setResponseOn(LocalDate.of(2025, 1, 1));
        letter.setResponsePrecision(DatePrecision.YEAR);
        letter.setFundingAtStake("Grants");
        letter.setPublicationState(PublicationState.PUBLISHED);
        writer.create(RecordType.DOJ_LETTER, letter, cited, Map.of(), "test");
        FundingThreat threat = new FundingThreat();
        threat.setJurisdictionId(id);
        threat.setIssuingAuthority("Test authority");
        threat.setInstrument(ThreatInstrument.STATEMENT);
        threat.setStatus(ThreatStatus.THREATENED);
        threat.setInstrumentDetail("A speech");
        threat.setScope("The city");
        threat.setProgramme("A programme");
        threat.setAmountUsd(new BigDecimal("1234.50"));
        threat.setAnnouncedOn(LocalDate.of(2025, 3, 4));
        threat.setAnnouncedPrecision(DatePrecision.DAY);
        threat.setPublicationState(PublicationState.PUBLISHED);
        long threatId = writer.create(RecordType.FUNDING_THREAT, threat, cited, Map.of(), "test")
                .getId();
        CourtCase courtCase = new CourtCase();
        courtCase.setFundingThreatId(threatId);
        courtCase.setName("Test v. Test");
        courtCase.setCourt("A court");
        courtCase.setJudge("A judge");
        courtCase.setRulingOn(LocalDate.of(2025, 4, 1));
        courtCase.setRulingPrecision(DatePrecision.MONTH);
        courtCase.setOutcome("Enjoined");
        courtCase.setSummary("A summary");
        courtCase.setPublicationState(PublicationState.PUBLISHED);
        writer.create(RecordType.COURT_CASE, courtCase, cited, Map.of(), "test");
    }

    private Connection connection() throws Exception {
        // The injected DataSource is transaction-aware; this reads outside any transaction.
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    /** The database's tables and their columns, from information_schema, in column order. */
    private Map<String, List<String>> schema() throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = connection();
                PreparedStatement s =
                        c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                                + "WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1).toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                        .add(rows.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * The public names the table's columns must have: each column in camel case, or as renamed; a date's
     * precision column ({@code said_precision}) belongs to its date ({@code said_on}, public {@code saidOn}).
     * {@code notes}, where public, is every record's shared field, in the codebook's Source group.
     */
    private static Set<String> expectedNames(PublicTable table, List<String> columns) {
        Set<String> names = new LinkedHashSet<>();
        for (String column : columns) {
            if (BOOKKEEPING.containsKey(column) || table.notFields().containsKey(column)) {
                continue;
            }
            String stored = column.endsWith("_precision")
                    ? column.substring(0, column.length() - "_precision".length()) + "_on"
                    : column;
            names.add(table.renamed().getOrDefault(stored, camel(stored)));
        }
        return names;
    }

    private static String camel(String snake) {
        Matcher m = Pattern.compile("_([a-z0-9])").matcher(snake);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).toUpperCase(Locale.ROOT));
        }
        return m.appendTail(out).toString();
    }

    /** The keys of every object of each public table found in the published jurisdictions' records. */
    @SuppressWarnings("unchecked")
    private Map<String, Set<String>> jsonKeys() {
        Map<String, Object> list = http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions"), Map.class);
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) list.get("items")) {
            Map<String, Object> detail =
                    http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions/" + item.get("slug")), Map.class);
            for (PublicTable table : TABLES) {
                table.inDetail()
                        .apply(detail)
                        .forEach(r -> keys.computeIfAbsent(table.table(), t -> new LinkedHashSet<>())
                                .addAll(r.keySet()));
            }
        }
        return keys;
    }

    private static Codebook.Group group(String title) {
        return Codebook.groups().stream()
                .filter(g -> g.title().startsWith(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no codebook group " + title));
    }

    private static List<String> names(Codebook.Group group) {
        return group.fields().stream().map(Codebook.Field::name).toList();
    }

    /** Each public column missing from an output, as "table.name: where". Empty when all is well. */
    private List<String> gaps() throws Exception {
        Map<String, List<String>> schema = schema();
        Map<String, Set<String>> json = jsonKeys();
        Document page = Jsoup.parse(http.toBlocking().retrieve(HttpRequest.GET("/codebook"), String.class));
        List<String> shared = names(group("Source"));
        List<String> gaps = new ArrayList<>();
        for (String table : schema.keySet()) {
            if (!NOT_PUBLIC_TABLES.containsKey(table)
                    && TABLES.stream().noneMatch(t -> t.table().equals(table))) {
                gaps.add(table + ": a table in no list of this test (public: give it a description)");
            }
        }
        for (PublicTable table : TABLES) {
            List<String> columns = schema.getOrDefault(table.table(), List.of());
            if (columns.isEmpty()) {
                gaps.add(table.table() + ": no such table");
                continue;
            }
            for (String stated : table.notFields().keySet()) {
                if (!columns.contains(stated)) {
                    gaps.add(table.table() + "." + stated + ": stated as not a field, but no such column");
                }
            }
            List<String> described =
                    table.description().stream().map(RecordField::name).toList();
            List<String> inGroup = names(group(table.group()));
            Element section = page.select("section").stream()
                    .filter(s -> s.selectFirst("h2") != null
                            && s.selectFirst("h2").text().startsWith(table.group()))
                    .findFirst()
                    .orElse(null);
            List<String> onPage = section == null
                    ? List.of()
                    : section.select("tbody th code").eachText();
            Set<String> inJson = json.getOrDefault(table.table(), Set.of());
            for (String name : expectedNames(table, columns)) {
                boolean isNotes = name.equals("notes");
                String where = table.table() + "." + name + ": ";
                if (!isNotes && !described.contains(name)) {
                    gaps.add(where + "not in the description");
                }
                if (!inJson.contains(name)) {
                    gaps.add(where + "not in the JSON");
                }
                if (!(isNotes ? shared : inGroup).contains(name)) {
                    gaps.add(where + "not in the codebook");
                }
                if (!isNotes && !onPage.contains(name)) {
                    gaps.add(where + "not on the /codebook page");
                }
            }
        }
        return gaps;
    }

    @Test
    void theRecordsOfEveryPublicTableAreFoundInTheJson() {
        // A sanity check of the search itself: a table with no record found would pass "every key" trivially
        // only if nothing were expected, so each must be found.
        assertThat(jsonKeys())
                .containsOnlyKeys(TABLES.stream().map(PublicTable::table).toList());
    }

    @Test
    void everyColumnOfEveryPublicTableIsInItsDescriptionTheJsonAndTheCodebook() throws Exception {
        assertThat(gaps()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonCarriesEachDescribedFieldsValue() {
        // The attached records' JSON is mapped by hand (AttachedRecords): each value must be what the
        // description reads from the stored record (every field of this test's records is set).
        Map<String, Object> detail =
                http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions/fields-everywhere-qx"), Map.class);
        long id = jurisdictions.findBySlug("fields-everywhere-qx").orElseThrow().getId();
        DojLetter letter = letters.findByJurisdictionIdAndPublicationStateOrderBySentOnAsc(
                        id, PublicationState.PUBLISHED)
                .get(0);
        FundingThreat threat = threats.findByJurisdictionIdAndPublicationStateOrderByAnnouncedOnAsc(
                        id, PublicationState.PUBLISHED)
                .get(0);
        CourtCase courtCase = courtCases
                .findByFundingThreatIdInAndPublicationStateOrderByRulingOnAsc(
                        List.of(threat.getId()), PublicationState.PUBLISHED)
                .get(0);
        Map<String, Object> threatJson =
                list(detail, "fundingThreats").findFirst().orElseThrow();
        SoftAssertions soft = new SoftAssertions();
        sameValues(
                soft,
                DojLetterFields.ALL,
                letter,
                list(detail, "dojLetters").findFirst().orElseThrow());
        sameValues(soft, FundingThreatFields.ALL, threat, threatJson);
        sameValues(
                soft,
                CourtCaseFields.ALL,
                courtCase,
                list(threatJson, "courtCases").findFirst().orElseThrow());
        soft.assertAll();
    }

    private static <R> void sameValues(
            SoftAssertions soft, List<RecordField<R>> fields, R record, Map<String, Object> json) {
        for (RecordField<R> field : fields) {
            Object expected = field.value(record);
            soft.assertThat(expected).as("%s is set in this test", field.name()).isNotNull();
            Object actual = json.get(field.name());
            if (expected instanceof BigDecimal decimal) {
                soft.assertThat(new BigDecimal(String.valueOf(actual)))
                        .as(field.name())
                        .isEqualByComparingTo(decimal);
            } else {
                soft.assertThat(actual).as(field.name()).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyDescribedFieldIsAColumn() throws Exception {
        // The other way round: a description names nothing the table does not hold.
        Map<String, List<String>> schema = schema();
        for (PublicTable table : TABLES) {
            assertThat(table.description().stream().map(RecordField::name).toList())
                    .as(table.table())
                    .containsExactlyInAnyOrderElementsOf(expectedNames(table, schema.get(table.table())).stream()
                            .filter(n -> !n.equals("notes"))
                            .toList());
        }
    }

    @Test
    void aColumnAddedToATableAndForgottenIsReportedMissingFromEveryOutput() throws Exception {
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE designation ADD COLUMN scratch_field VARCHAR(10) NULL");
        }
        try {
            assertThat(gaps())
                    .containsExactlyInAnyOrder(
                            "designation.scratchField: not in the description",
                            "designation.scratchField: not in the JSON",
                            "designation.scratchField: not in the codebook",
                            "designation.scratchField: not on the /codebook page");
        } finally {
            try (Connection c = connection();
                    Statement s = c.createStatement()) {
                s.execute("ALTER TABLE designation DROP COLUMN scratch_field");
            }
        }
    }
}
