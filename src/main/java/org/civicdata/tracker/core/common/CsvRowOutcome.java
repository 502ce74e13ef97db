package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one row of a CSV import will do, as the preview shows it before anything is written: create a
 * record, change some of its fields (each old → new), change nothing, or be refused to the signed-in
 * role (a contributor changing a published record).
 */
public record CsvRowOutcome(
        Kind kind, List<Change> changes, @Nullable String refusal) {

    public enum Kind {
        NEW("New"),
        CHANGED("Changes"),
        UNCHANGED("Unchanged"),
        NOT_PERMITTED("Not permitted");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One column's value as stored and as the file has it ("" for none). */
    public record Change(String column, String before, String after) {
        @Override
        public String toString() {
            return column + ": " + (before.isEmpty() ? "—" : before) + " → " + (after.isEmpty() ? "—" : after);
        }
    }

    public static CsvRowOutcome created() {
        return new CsvRowOutcome(Kind.NEW, List.of(), null);
    }

    /**
     * An update's outcome: the columns whose value differs between the stored record and the file
     * (both as the file writes them, column by column, in the file's order); unchanged when none does;
     * refused when something changes but the role may not change this record.
     *
     * @param refusal why the signed-in role may not change the stored record; null when it may
     */
    public static CsvRowOutcome update(
            Map<String, String> before, Map<String, String> after, @Nullable String refusal) {
        List<Change> changes = new ArrayList<>();
        after.forEach((column, value) -> {
            String old = Objects.requireNonNullElse(before.get(column), "");
            String now = Objects.requireNonNullElse(value, "");
            if (!old.equals(now)) {
                changes.add(new Change(column, old, now));
            }
        });
        if (changes.isEmpty()) {
            return new CsvRowOutcome(Kind.UNCHANGED, List.of(), null);
        }
        return new CsvRowOutcome(refusal == null ? Kind.CHANGED : Kind.NOT_PERMITTED, List.copyOf(changes), refusal);
    }

    /** Whether committing the row writes anything. */
    public boolean writes() {
        return kind == Kind.NEW || kind == Kind.CHANGED;
    }

    /** "Changes", "Unchanged", "Not permitted: a contributor changes drafts only ...". */
    public String status() {
        return refusal == null ? kind.label() : kind.label() + ": " + refusal;
    }

    /** "name: Chicago → Chicago City; fips: — → 1714000"; empty for a new or unchanged row. */
    public String changesText() {
        return changes.stream().map(Change::toString).collect(Collectors.joining("; "));
    }
}
