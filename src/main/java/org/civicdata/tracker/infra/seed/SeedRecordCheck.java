package org.civicdata.tracker.infra.seed;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.infra.seed.SeedRecords.Keyed;

/**
 * The checks of one seed record for {@link SeedValidator}: its codes, dates, references by key and
 * sources, then its type's rules; each problem is added to the run's list, naming file, record and field.
 */
final class SeedRecordCheck {
    private final String where;
    private final Keyed record;
    private final List<String> problems;
    private final Set<String> sourceKeys;
    private final Set<String> slugs;
    /** A code or date that could not be read: the record cannot be built for its rules. */
    private boolean unreadable;

    SeedRecordCheck(String where, Keyed record, List<String> problems, Set<String> sourceKeys, Set<String> slugs) {
        this.where = where;
        this.record = record;
        this.problems = problems;
        this.sourceKeys = sourceKeys;
        this.slugs = slugs;
    }

    /**
     * The type's rules on the record as it would be written, each problem at its seed field
     * (the form's field name in snake case; the state code is {@code state}) with the form's message.
     * Skipped when the record's codes or dates could not be read: it cannot be built.
     */
    void rules(Supplier<List<FieldProblem>> rules) {
        if (unreadable) {
            return;
        }
        for (FieldProblem p : rules.get()) {
            problems.add(where + ", field " + SeedValidator.seedField(p.field()) + ": " + p.message());
        }
    }

    void problem(String field, String what) {
        problems.add(where + ": " + field + " " + what);
    }

    <E extends Enum<E>> void oneOf(String field, String value, E[] allowed) {
        Set<String> names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.toSet());
        if (value == null || !names.contains(value)) {
            unreadable = true;
            problem(field, "must be one of " + Arrays.toString(allowed) + ", was " + SeedValidator.quoted(value));
        }
    }

    void date(String field, String value) {
        FieldProblems read = new FieldProblems();
        read.date(field, field, value);
        read.list().forEach(p -> problems.add(where + ", field " + p.message()));
        unreadable |= !read.isEmpty();
    }

    void reference(String field, String value, Set<String> known, boolean required) {
        if (value == null) {
            if (required) {
                problem(field, "is required");
            }
        } else if (!known.contains(value)) {
            problem(field, "refers to unknown key " + SeedValidator.quoted(value));
        }
    }

    void jurisdiction(String slug, boolean required) {
        reference("jurisdiction", slug, slugs, required);
    }

    void sources() {
        List<String> cited = record.sources();
        if (cited == null || cited.isEmpty()) {
            problem("sources", "needs at least one source (every value carries a citation)");
            return;
        }
        Set<String> listed = new HashSet<>();
        for (String key : cited) {
            if (!sourceKeys.contains(key)) {
                problem("sources", "refers to unknown source " + SeedValidator.quoted(key));
            } else if (!listed.add(key)) {
                // A record cites a source once (the database keeps one citation per record and source).
                problem("sources", "lists source " + SeedValidator.quoted(key) + " more than once");
            }
        }
    }
}
