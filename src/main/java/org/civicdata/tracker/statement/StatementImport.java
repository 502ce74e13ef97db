package org.civicdata.tracker.statement;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.CsvPreview;
import org.civicdata.tracker.common.CsvCells;
import org.civicdata.tracker.common.CsvProblem;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.NotPermittedException;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.person.Person;
import org.civicdata.tracker.person.PersonRepository;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.source.SourceRepository;

/**
 * CSV import of statements (layout in docs/data-model.md): first a preview that lists every problem by
 * line and column and writes nothing; then, for a preview without problems, a commit that writes every
 * row through the audited path in one transaction (all or nothing).
 *
 * <p>A row whose speaker (a person matched by exact name) and exact text equal an existing statement's
 * updates that statement (the columns present; its source is added to those it cites); any other row
 * creates a draft. Quotes are kept verbatim: the text column is neither trimmed nor otherwise changed.
 */
@Singleton
public class StatementImport {

    public static final List<String> COLUMNS = List.of("speaker", "text", "kind", "said", "said_inferred",
            "jurisdiction", "venue", "venue_detail", "reported_by", "source", "notes");
    static final List<String> REQUIRED = List.of("speaker", "text", "kind");

    private final StatementRepository statements;
    private final StatementService service;
    private final PersonRepository people;
    private final JurisdictionRepository jurisdictions;
    private final SourceRepository sources;

    private final org.civicdata.tracker.audit.TextLimits textLimits;

    StatementImport(org.civicdata.tracker.audit.TextLimits textLimits, StatementRepository statements,
                    StatementService service, PersonRepository people, JurisdictionRepository jurisdictions,
                    SourceRepository sources) {
        this.textLimits = textLimits;
        this.statements = statements;
        this.service = service;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.sources = sources;
    }

    /** One data row as read, with what it names resolved to ids; {@code statementId} set when it updates one. */
    public record Row(long line, Map<String, String> values, @Nullable Long statementId, @Nullable Integer statementVersion,
                      long personId, @Nullable Long jurisdictionId, @Nullable Long sourceId) {
        public String speaker() {
            return values.get("speaker");
        }

        public String text() {
            return values.get("text");
        }
    }

    public record Preview(List<String> columns, List<Row> rows, List<CsvProblem> problems) implements CsvPreview<Row> {
        @Override
        public long creates() {
            return rows.stream().filter(r -> r.statementId() == null).count();
        }
    }

    /** Reads and checks the whole file; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(Reader csv) throws IOException {
        List<CsvProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        // No trimming by the parser: a quote's surrounding characters are part of it.
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(csv)) {
            List<String> columns = parser.getHeaderNames().stream().map(String::trim).toList();
            problems.addAll(CsvProblem.ofHeader(columns, COLUMNS, REQUIRED));
            if (!problems.isEmpty()) {
                return new Preview(columns, rows, problems);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String value = i < record.size() ? CsvCells.read(record.get(i)) : "";
                    values.put(columns.get(i), "text".equals(columns.get(i)) ? value : value.trim());
                }
                Row row = check(line, values, seen, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            return new Preview(columns, rows, problems);
        }
    }

    /** The row with its names resolved, or null when a name does not resolve (its problems are listed). */
    private @Nullable Row check(long line, Map<String, String> v, Set<String> seen, List<CsvProblem> problems) {
        int before = problems.size();
        for (String column : List.of("text", "venue_detail", "reported_by", "notes")) {
            textLimits.tooLong("statement", column, v.get(column))
                    .ifPresent(problem -> problems.add(new CsvProblem(line, column, problem)));
        }
        Long personId = exactlyOne(line, "speaker", v.get("speaker"), "person is named",
                people.findByName(v.get("speaker")).stream().filter(p -> p.getName().equals(v.get("speaker")))
                        .map(Person::getId).toList(), problems);
        if (v.get("text").isBlank()) {
            problems.add(new CsvProblem(line, "text", "is required"));
        }
        if (Stream.of("QUOTE", "PARAPHRASE").noneMatch(k -> k.equals(v.get("kind").toUpperCase(Locale.ROOT)))) {
            problems.add(new CsvProblem(line, "kind", "'" + v.get("kind") + "' is not QUOTE or PARAPHRASE"));
        }
        String said = v.getOrDefault("said", "");
        if (!said.isEmpty()) {
            try {
                PartialDate.parse(said);
            } catch (IllegalArgumentException e) {
                problems.add(new CsvProblem(line, "said", e.getMessage()));
            }
        }
        String inferred = v.getOrDefault("said_inferred", "").toLowerCase(Locale.ROOT);
        if (!List.of("", "true", "false", "yes", "no").contains(inferred)) {
            problems.add(new CsvProblem(line, "said_inferred", "'" + inferred + "' is not true or false"));
        }
        String venue = v.getOrDefault("venue", "");
        if (!venue.isEmpty() && Arrays.stream(Venue.values()).noneMatch(x -> x.name().equals(venue.toUpperCase(Locale.ROOT)))) {
            problems.add(new CsvProblem(line, "venue", "'" + venue + "' is not one of " + Arrays.toString(Venue.values())));
        }
        String slug = v.getOrDefault("jurisdiction", "");
        Long jurisdictionId = slug.isEmpty() ? null : jurisdictions.findBySlug(slug).map(Jurisdiction::getId).orElse(null);
        if (!slug.isEmpty() && jurisdictionId == null) {
            problems.add(new CsvProblem(line, "jurisdiction", "no jurisdiction has the slug '" + slug + "'"));
        }
        String source = v.getOrDefault("source", "");
        Long sourceId = source.isEmpty() ? null : exactlyOne(line, "source", source, "source has the title or URL",
                Stream.concat(sources.findByTitle(source).stream().filter(s -> source.equals(s.getTitle())),
                        sources.findByUrl(source).stream().filter(s -> source.equals(s.getUrl())))
                        .map(Source::getId).distinct().toList(), problems);
        if (personId == null || problems.size() > before) {
            return null;
        }
        if (!seen.add(personId + "\n" + v.get("text"))) {
            problems.add(new CsvProblem(line, "text", "the same speaker and text appear on an earlier line too"));
            return null;
        }
        List<Statement> matching = statements.findByPersonId(personId).stream()
                .filter(s -> s.getText().equals(v.get("text"))).toList();
        if (matching.size() > 1) {
            problems.add(new CsvProblem(line, "text", "matches " + matching.size()
                    + " statements by this speaker with the same text; edit them in the staff UI"));
            return null;
        }
        return new Row(line, v, matching.isEmpty() ? null : matching.get(0).getId(),
                matching.isEmpty() ? null : matching.get(0).getVersion(), personId, jurisdictionId, sourceId);
    }

    private static @Nullable Long exactlyOne(long line, String column, String value, String what, List<Long> ids,
                                             List<CsvProblem> problems) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        problems.add(new CsvProblem(line, column, ids.isEmpty() ? "no " + what + " '" + value + "' exactly"
                : ids.size() + " records match '" + value + "'; make it unique in the staff UI first"));
        return null;
    }

    /**
     * Writes a checked preview, all or nothing. {@code progress} hears how many rows are done.
     *
     * @throws InvalidInputException (nothing written) if the preview has problems, or a row is refused
     *         when written (e.g. a contributor updating a published statement), naming its line
     */
    @Transactional
    public int commit(StaffPrincipal who, Preview preview, IntConsumer progress) {
        if (!preview.canCommit()) {
            throw new InvalidInputException("file", "Fix the problems in the file first; nothing was written.");
        }
        int done = 0;
        for (Row row : preview.rows()) {
            Statement s = row.statementId() == null ? new Statement()
                    : statements.findById(row.statementId()).filter(found -> found.getVersion() == row.statementVersion())
                    .orElseThrow(() -> new InvalidInputException("file", "line " + row.line() + ": the statement it "
                            + "updates was changed or deleted since the preview; upload the file again to see the "
                            + "changes. Nothing was written."));
            List<Long> cited = new ArrayList<>(row.statementId() == null ? List.of() : service.sourceIds(row.statementId()));
            if (row.sourceId() != null && !cited.contains(row.sourceId())) {
                cited.add(row.sourceId());
            }
            fill(s, row, preview.columns());
            try {
                service.save(who, s, cited);
            } catch (InvalidInputException | NotPermittedException e) {
                throw new InvalidInputException("file", "line " + row.line() + ": " + e.getMessage() + " Nothing was written.");
            }
            progress.accept(++done);
        }
        return done;
    }

    /** Sets the columns present in the file (all of them on a new statement). */
    private static void fill(Statement s, Row row, List<String> columns) {
        Map<String, String> v = row.values();
        s.setPersonId(row.personId());
        s.setText(row.text());
        s.setKind(StatementKind.valueOf(v.get("kind").toUpperCase(Locale.ROOT)));
        if (columns.contains("said")) {
            PartialDate said = v.get("said").isEmpty() ? null : PartialDate.parse(v.get("said"));
            s.setSaidOn(said == null ? null : said.start());
            s.setSaidPrecision(said == null ? null : said.precision());
        }
        if (columns.contains("said_inferred")) {
            s.setSaidOnInferred(List.of("true", "yes").contains(v.get("said_inferred").toLowerCase(Locale.ROOT)));
        }
        if (columns.contains("jurisdiction")) {
            s.setJurisdictionId(row.jurisdictionId());
        }
        if (columns.contains("venue")) {
            s.setVenue(v.get("venue").isEmpty() ? null : Venue.valueOf(v.get("venue").toUpperCase(Locale.ROOT)));
        }
        if (columns.contains("venue_detail")) {
            s.setVenueDetail(v.get("venue_detail").isEmpty() ? null : v.get("venue_detail"));
        }
        if (columns.contains("reported_by")) {
            s.setReportedBy(v.get("reported_by").isEmpty() ? null : v.get("reported_by"));
        }
        if (columns.contains("notes")) {
            s.setNotes(v.get("notes").isEmpty() ? null : v.get("notes"));
        }
    }
}
