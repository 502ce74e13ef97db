package org.civicdata.tracker.record.jurisdiction;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.CsvCells;
import org.civicdata.tracker.core.common.CsvLine;
import org.civicdata.tracker.core.common.CsvPreview;
import org.civicdata.tracker.core.common.CsvProblem;
import org.civicdata.tracker.core.common.CsvRowOutcome;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.core.editing.RecordEditService;

/**
 * CSV import of jurisdictions, in the layout of {@link JurisdictionCsv}: first a preview that lists
 * every problem by line and column and writes nothing; then, only for a preview without problems,
 * a commit that writes every row through the audited path in one transaction (all or nothing).
 * A row whose slug exists updates that jurisdiction (the columns present); other rows create drafts.
 */
@Singleton
public class JurisdictionImport {

    /** The columns a file must have: the required fields of {@link JurisdictionFields}. */
    static final Set<String> REQUIRED = JurisdictionFields.ALL.stream()
            .filter(RecordField::isRequired)
            .map(RecordField::column)
            .collect(Collectors.toUnmodifiableSet());

    private final JurisdictionRepository repository;
    private final org.civicdata.tracker.core.audit.TextLimits textLimits;
    private final JurisdictionService service;

    JurisdictionImport(
            JurisdictionRepository repository,
            JurisdictionService service,
            org.civicdata.tracker.core.audit.TextLimits textLimits) {
        this.textLimits = textLimits;
        this.repository = repository;
        this.service = service;
    }

    /** Where each field the rules name is in the file. */
    private static final Map<String, String> COLUMN_OF_FIELD = JurisdictionFields.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(RecordField::formField, RecordField::column));

    /**
     * One data row as read, and what committing it will do.
     *
     * @param existingVersion the version of the jurisdiction it updates, as previewed; null for a new one
     */
    public record Row(
            long line,
            Map<String, String> values,
            @io.micronaut.core.annotation.Nullable Integer existingVersion,
            CsvRowOutcome outcome)
            implements org.civicdata.tracker.core.common.CsvRow {
        public boolean updatesExisting() {
            return existingVersion != null;
        }

        public String slug() {
            return values.get("slug");
        }
    }

    public record Preview(List<String> columns, List<Row> rows, List<CsvProblem> problems) implements CsvPreview<Row> {}

    /** Reads and checks the whole file for this person (rows their role may not change are flagged); writes nothing. */
    public Preview preview(StaffPrincipal who, Reader csv) throws IOException {
        Set<String> seen = new HashSet<>();
        CsvLine.Read<Row> file = CsvLine.read(
                csv,
                true,
                JurisdictionCsv.COLUMNS,
                REQUIRED,
                (column, cell) -> CsvCells.read(cell.trim()),
                (line, values, columns, problems) -> check(who, line, values, columns, seen, problems));
        return new Preview(file.columns(), file.rows(), file.problems());
    }

    /** The row and what it will do, or null when it cannot be read as a jurisdiction (its problems are listed). */
    private @io.micronaut.core.annotation.Nullable Row check(
            StaffPrincipal who,
            long line,
            Map<String, String> v,
            List<String> columns,
            Set<String> seen,
            List<CsvProblem> problems) {
        int before = problems.size();
        problems.addAll(textLimits.tooLong("jurisdiction", line, v, List.of("slug", "name")));
        String slug = v.get("slug");
        if (slug.matches(JurisdictionRules.SLUG) && !seen.add(slug)) {
            problems.add(new CsvProblem(line, "slug", "Slug: '" + slug + "' appears on an earlier line too."));
        }
        String parent = v.getOrDefault("parent", "");
        if (!parent.isEmpty()
                && !seen.contains(parent)
                && repository.findBySlug(parent).isEmpty()) {
            problems.add(new CsvProblem(
                    line, "parent", "Parent: '" + parent + "' is neither in the database nor on an earlier line."));
        }
        FieldProblems cells = new FieldProblems();
        Optional<Jurisdiction> existing = repository.findBySlug(slug);
        Jurisdiction j = fill(existing.map(JurisdictionImport::copy).orElseGet(Jurisdiction::new), v, columns, cells);
        cells.list().forEach(p -> problems.add(new CsvProblem(line, COLUMN_OF_FIELD.get(p.field()), p.message())));
        if (cells.isEmpty()) {
            // The parent is checked by slug above; a parent on an earlier line has no id yet.
            Long parentId = j.getParentId();
            j.setParentId(null);
            service.problems(j)
                    .forEach(p -> problems.add(
                            new CsvProblem(line, COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()), p.message())));
            j.setParentId(parentId);
        }
        if (problems.size() > before) {
            return null;
        }
        if (existing.isEmpty()) {
            return new Row(line, v, null, CsvRowOutcome.created());
        }
        Jurisdiction stored = existing.get();
        CsvRowOutcome outcome = CsvRowOutcome.update(
                asInFile(stored, columns),
                asInFile(j, v, columns),
                RecordEditService.mayChange(who, stored)
                        ? null
                        : stored.getName()
                                + " is published, and a contributor changes drafts only; ask an editor to import this row.");
        if (outcome.kind() == CsvRowOutcome.Kind.NOT_PERMITTED) {
            problems.add(new CsvProblem(line, "slug", outcome.refusal()));
        }
        return new Row(line, v, stored.getVersion(), outcome);
    }

    /** The file's columns set on the jurisdiction (all of them on a new one); unreadable cells are problems. */
    private Jurisdiction fill(Jurisdiction j, Map<String, String> v, List<String> columns, FieldProblems cells) {
        for (RecordField<Jurisdiction> field : JurisdictionFields.ALL) {
            if (!columns.contains(field.column())) {
                continue;
            }
            String cell = v.get(field.column());
            if (field.kind() == RecordField.Kind.REFERENCE) {
                field.set()
                        .accept(
                                j,
                                cell.isEmpty()
                                        ? null
                                        : repository
                                                .findBySlug(cell)
                                                .map(Jurisdiction::getId)
                                                .orElse(null));
            } else {
                field.read(j, cell, cells);
            }
        }
        return j;
    }

    /** A stored jurisdiction's values in the file's columns, as the export writes them. */
    private Map<String, String> asInFile(Jurisdiction j, List<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordField<Jurisdiction> field : JurisdictionFields.ALL) {
            if (!field.column().equals("slug")) {
                values.put(
                        field.column(),
                        Objects.requireNonNullElse(
                                JurisdictionCsv.cell(
                                        field,
                                        j,
                                        id -> repository
                                                .findById(id)
                                                .map(Jurisdiction::getSlug)
                                                .orElse(null)),
                                ""));
            }
        }
        values.keySet().retainAll(columns);
        return values;
    }

    /** The row's values as they will be stored (normalised), in the file's columns. */
    private Map<String, String> asInFile(Jurisdiction j, Map<String, String> v, List<String> columns) {
        Map<String, String> values = asInFile(j, columns);
        if (columns.contains("parent")) {
            values.put("parent", v.get("parent"));
        }
        return values;
    }

    private static Jurisdiction copy(Jurisdiction stored) {
        Jurisdiction j = new Jurisdiction();
        j.setId(stored.getId());
        j.setVersion(stored.getVersion());
        j.setPublicationState(stored.getPublicationState());
        for (RecordField<Jurisdiction> field : JurisdictionFields.ALL) {
            field.set().accept(j, field.get().apply(stored));
        }
        return j;
    }

    /**
     * Writes a checked preview, all or nothing, skipping the rows that change nothing. {@code progress}
     * hears how many rows are done; returns how many were written.
     *
     * @throws InvalidInputException (nothing written) if the preview has problems, or a row is refused
     *         when written (e.g. a contributor updating a published record), naming its line
     */
    @Transactional
    public int commit(StaffPrincipal who, Preview preview, IntConsumer progress) {
        return preview.commit(progress, row -> {
            Optional<Jurisdiction> existing = repository.findBySlug(row.slug());
            if (!Objects.equals(existing.map(Jurisdiction::getVersion).orElse(null), row.existingVersion())) {
                throw new InvalidInputException(
                        "file",
                        "line " + row.line() + ": '" + row.slug() + "' was created, "
                                + "changed or deleted since the preview; upload the file again to see the changes. Nothing was written.");
            }
            return () -> service.save(
                    who,
                    fill(existing.orElseGet(Jurisdiction::new), row.values(), preview.columns(), new FieldProblems()),
                    existing.map(e -> service.sourceIds(e.getId())).orElse(List.of()));
        });
    }
}
