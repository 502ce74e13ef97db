package org.civicdata.tracker.record.statement;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.CsvCells;
import org.civicdata.tracker.core.common.CsvLine;
import org.civicdata.tracker.core.common.CsvPreview;
import org.civicdata.tracker.core.common.CsvProblem;
import org.civicdata.tracker.core.common.CsvRow;
import org.civicdata.tracker.core.common.CsvRowOutcome;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;

/**
 * CSV import of statements (layout in docs/data-model.md): first a preview that lists every problem by
 * line and column and writes nothing; then, for a preview without problems, a commit that writes every
 * row through the audited path in one transaction (all or nothing).
 *
 * <p>A row whose speaker (a person matched by exact name) and exact text equal an existing statement's
 * updates that statement (the columns present; its source is added to those it cites); any other row
 * creates a draft. Quotes are kept verbatim: the text column is neither trimmed nor otherwise changed.
 * How a row's cells map onto a statement, and back, is {@link StatementRowMapping}'s.
 */
@Singleton
public class StatementImport {

    public static final List<String> COLUMNS = List.of(
            "speaker",
            "text",
            "kind",
            "said",
            "said_inferred",
            "jurisdiction",
            "venue",
            "venue_detail",
            "reported_by",
            "source",
            "notes");
    static final List<String> REQUIRED = List.of("speaker", "text", "kind");

    private final StatementRepository statements;
    private final StatementService service;
    private final PersonRepository people;
    private final JurisdictionRepository jurisdictions;
    private final SourceRepository sources;
    private final StatementRowMapping mapping;

    private final org.civicdata.tracker.core.audit.TextLimits textLimits;

    StatementImport(
            org.civicdata.tracker.core.audit.TextLimits textLimits,
            StatementRepository statements,
            StatementService service,
            PersonRepository people,
            JurisdictionRepository jurisdictions,
            SourceRepository sources,
            StatementRowMapping mapping) {
        this.textLimits = textLimits;
        this.statements = statements;
        this.service = service;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.sources = sources;
        this.mapping = mapping;
    }

    /** One data row as read, with what it names resolved to ids; {@code statementId} set when it updates one. */
    public record Row(
            long line,
            Map<String, String> values,
            @Nullable Long statementId,
            @Nullable Integer statementVersion,
            long personId,
            @Nullable Long jurisdictionId,
            @Nullable Long sourceId,
            CsvRowOutcome outcome)
            implements CsvRow {
        public String speaker() {
            return values.get("speaker");
        }

        public String text() {
            return values.get("text");
        }
    }

    public record Preview(List<String> columns, List<Row> rows, List<CsvProblem> problems) implements CsvPreview<Row> {}

    /** Reads and checks the whole file for this person (rows their role may not change are flagged); writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(StaffPrincipal who, Reader csv) throws IOException {
        Set<String> seen = new HashSet<>();
        // No trimming by the reader: a quote's surrounding characters are part of it.
        CsvLine.Read<Row> file = CsvLine.read(
                csv,
                false,
                COLUMNS,
                REQUIRED,
                (column, cell) -> "text".equals(column)
                        ? CsvCells.read(cell)
                        : CsvCells.read(cell).trim(),
                (line, values, columns, problems) -> check(who, line, values, columns, seen, problems));
        return new Preview(file.columns(), file.rows(), file.problems());
    }

    /** The row with its names resolved, or null when a name does not resolve (its problems are listed). */
    private @Nullable Row check(
            StaffPrincipal who,
            long line,
            Map<String, String> v,
            List<String> columns,
            Set<String> seen,
            List<CsvProblem> problems) {
        int before = problems.size();
        problems.addAll(
                textLimits.tooLong("statement", line, v, List.of("text", "venue_detail", "reported_by", "notes")));
        Long personId = exactlyOne(
                line,
                "speaker",
                v.get("speaker"),
                "person is named",
                people.findByName(v.get("speaker")).stream()
                        .filter(p -> p.getName().equals(v.get("speaker")))
                        .map(Person::getId)
                        .toList(),
                problems);
        FieldProblems cells = new FieldProblems();
        if (cells.oneOf("kind", "Kind", v.get("kind"), StatementKind.class) == null
                && v.get("kind").isBlank()) {
            cells.add("kind", "Kind: say whether this is a QUOTE or a PARAPHRASE.");
        }
        cells.date("saidOn", "Said", v.getOrDefault("said", ""));
        cells.yesNo("saidOnInferred", "Said inferred", v.getOrDefault("said_inferred", ""));
        cells.oneOf("venue", "Venue", v.getOrDefault("venue", ""), Venue.class);
        cells.list()
                .forEach(p -> problems.add(
                        new CsvProblem(line, StatementRowMapping.COLUMN_OF_FIELD.get(p.field()), p.message())));
        String slug = v.getOrDefault("jurisdiction", "");
        Long jurisdictionId = slug.isEmpty()
                ? null
                : jurisdictions.findBySlug(slug).map(Jurisdiction::getId).orElse(null);
        if (!slug.isEmpty() && jurisdictionId == null) {
            problems.add(
                    new CsvProblem(line, "jurisdiction", "Jurisdiction: no jurisdiction has the slug '" + slug + "'."));
        }
        String source = v.getOrDefault("source", "");
        Long sourceId = source.isEmpty()
                ? null
                : exactlyOne(
                        line,
                        "source",
                        source,
                        "source has the title or URL",
                        Stream.concat(
                                        sources.findByTitle(source).stream().filter(s -> source.equals(s.getTitle())),
                                        sources.findByUrl(source).stream().filter(s -> source.equals(s.getUrl())))
                                .map(Source::getId)
                                .distinct()
                                .toList(),
                        problems);
        if (personId == null || problems.size() > before) {
            return null;
        }
        if (!seen.add(personId + "\n" + v.get("text"))) {
            problems.add(new CsvProblem(line, "text", "the same speaker and text appear on an earlier line too"));
            return null;
        }
        List<Statement> matching = statements.findByPersonId(personId).stream()
                .filter(s -> s.getText().equals(v.get("text")))
                .toList();
        if (matching.size() > 1) {
            problems.add(new CsvProblem(
                    line,
                    "text",
                    "matches " + matching.size()
                            + " statements by this speaker with the same text; edit them in the staff UI"));
            return null;
        }
        Statement stored = matching.isEmpty() ? null : matching.get(0);
        Row row = new Row(
                line,
                v,
                stored == null ? null : stored.getId(),
                stored == null ? null : stored.getVersion(),
                personId,
                jurisdictionId,
                sourceId,
                CsvRowOutcome.created());
        // The statement as it would be saved, checked by the rules the form uses.
        Statement s = stored == null
                ? new Statement()
                : statements.findById(stored.getId()).orElseThrow();
        StatementRowMapping.fill(s, row, columns);
        service.problems(s)
                .forEach(p -> problems.add(new CsvProblem(
                        line, StatementRowMapping.COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()), p.message())));
        if (problems.size() > before) {
            return null;
        }
        if (stored == null) {
            return row;
        }
        CsvRowOutcome outcome = CsvRowOutcome.update(
                mapping.asInFile(stored, columns),
                mapping.asInFile(s, columns, sourceId, stored),
                RecordEditService.mayChange(who, stored)
                        ? null
                        : "the statement is published, and a contributor changes drafts only; ask an editor to import this row.");
        if (outcome.kind() == CsvRowOutcome.Kind.NOT_PERMITTED) {
            problems.add(new CsvProblem(line, "text", outcome.refusal()));
        }
        return new Row(line, v, row.statementId(), row.statementVersion(), personId, jurisdictionId, sourceId, outcome);
    }

    private static @Nullable Long exactlyOne(
            long line, String column, String value, String what, List<Long> ids, List<CsvProblem> problems) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        problems.add(new CsvProblem(
                line,
                column,
                ids.isEmpty()
                        ? "no " + what + " '" + value + "' exactly"
                        : ids.size() + " records match '" + value + "'; make it unique in the staff UI first"));
        return null;
    }

    /**
     * Writes a checked preview, all or nothing, skipping the rows that change nothing. {@code progress}
     * hears how many rows are done; returns how many were written.
     *
     * @throws InvalidInputException (nothing written) if the preview has problems, or a row is refused
     *         when written (e.g. a contributor updating a published statement), naming its line
     */
    @Transactional
    public int commit(StaffPrincipal who, Preview preview, IntConsumer progress) {
        return preview.commit(progress, row -> row.outcome().writes() ? save(who, row, preview.columns()) : () -> {});
    }

    /** The save of a row that writes; refused, naming the line, if the statement it updates moved on since the preview. */
    private Runnable save(StaffPrincipal who, Row row, List<String> columns) {
        Statement s = row.statementId() == null
                ? new Statement()
                : statements
                        .findById(row.statementId())
                        .filter(found -> found.getVersion() == row.statementVersion())
                        .orElseThrow(() -> new InvalidInputException(
                                "file",
                                "line " + row.line() + ": the statement it "
                                        + "updates was changed or deleted since the preview; upload the file again to see the "
                                        + "changes. Nothing was written."));
        List<Long> cited =
                new ArrayList<>(row.statementId() == null ? List.of() : service.sourceIds(row.statementId()));
        if (row.sourceId() != null && !cited.contains(row.sourceId())) {
            cited.add(row.sourceId());
        }
        StatementRowMapping.fill(s, row, columns);
        return () -> service.save(who, s, cited);
    }
}
