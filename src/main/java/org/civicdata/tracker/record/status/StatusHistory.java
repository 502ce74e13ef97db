package org.civicdata.tracker.record.status;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;

/**
 * A status history as the parent's audited part {@code statusHistory}: a list of {@link StatusEntry}
 * maps in history order (effective date, first day of its period, undated first; entries of the same
 * date in the order given, which is the order of their ids once stored). Reads it back, checks it, and
 * names each problem by field and row ("Status history, row 2: ...").
 */
public final class StatusHistory {

    public static final String PART = "statusHistory";
    public static final String LABEL = "Status history";

    /** History order: effective date (undated first), then as given. */
    public static final Comparator<StatusEntry> ORDER = Comparator.comparing(
            StatusEntry::effective, Comparator.nullsFirst(Comparator.comparing(PartialDate::start)));

    private StatusHistory() {}

    public static List<Map<String, Object>> part(List<StatusEntry> entries) {
        return entries.stream().map(StatusEntry::part).toList();
    }

    /** The entries in history order (a stable sort: entries of one date keep their order). */
    public static List<StatusEntry> inOrder(Collection<StatusEntry> entries) {
        return entries.stream().sorted(ORDER).toList();
    }

    /** The part's value as entries, in the order given; a value that cannot be read is refused naming its row. */
    public static <E extends Enum<E> & Coded> List<StatusEntry> entries(Object partValue, Class<E> statuses) {
        if (!(partValue instanceof Collection<?> items)) {
            throw new InvalidInputException(PART, LABEL + ": expected a list of entries.");
        }
        List<StatusEntry> entries = new ArrayList<>();
        int row = 0;
        for (Object item : items) {
            row++;
            if (!(item instanceof Map<?, ?> e)) {
                throw new InvalidInputException(PART, at(row) + "cannot be read.");
            }
            entries.add(new StatusEntry(
                    status(row, e.get("status"), statuses),
                    date(row, "effective date", e.get("effective")),
                    date(row, "reported date", e.get("reported")),
                    e.get("sourceId") instanceof Number n ? n.longValue() : null,
                    text(e.get("note")),
                    Boolean.TRUE.equals(e.get("migratedInitial"))));
        }
        return entries;
    }

    /**
     * What is wrong with a history about to be saved with its record (rows numbered in history order):
     * none at all; a row without a source while the record cites some (a draft citing nothing yet, which
     * cannot be published, may have rows without one; an entry made from the record's own status may lack
     * one), or citing a source the record does not cite; a date in the future.
     */
    public static List<FieldProblem> problems(List<StatusEntry> inOrder, Collection<Long> cited, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (inOrder.isEmpty()) {
            problems.add(
                    PART,
                    LABEL + ": add at least one entry (the status and when it took effect); "
                            + "the record's status is its latest entry's.");
        }
        int row = 0;
        for (StatusEntry e : inOrder) {
            row++;
            if (e.sourceId() == null && !e.migratedInitial() && !cited.isEmpty()) {
                problems.add(
                        PART, at(row) + "choose the source that reports this change (one of the record's sources).");
            } else if (e.sourceId() != null && !cited.contains(e.sourceId())) {
                problems.add(
                        PART,
                        at(row) + "its source is not among the record's sources; add it to the sources or "
                                + "choose one of them.");
            }
            notInFuture(problems, row, "effective date", e.effective(), today);
            notInFuture(problems, row, "reported date", e.reported(), today);
        }
        return problems.list();
    }

    /**
     * The part as people read it in a record's history: "Sent, 2017-08-03; Responded, 2017-10 (reported
     * 2017-11)"; empty for another part or a value that cannot be read.
     */
    public static <E extends Enum<E> & Coded> java.util.Optional<String> words(
            String part, Object value, Class<E> statuses) {
        if (!PART.equals(part)) {
            return java.util.Optional.empty();
        }
        try {
            List<StatusEntry> entries = entries(value, statuses);
            return java.util.Optional.of(
                    entries.isEmpty()
                            ? "none"
                            : entries.stream()
                                    .map(e -> Coded.labelOf(statuses, e.status()) + ", "
                                            + (e.effective() == null ? "undated" : e.effective())
                                            + (e.reported() == null ? "" : " (reported " + e.reported() + ")"))
                                    .collect(java.util.stream.Collectors.joining("; ")));
        } catch (InvalidInputException unreadable) {
            return java.util.Optional.empty();
        }
    }

    /** The latest entry in history order; null for none. */
    public static @Nullable StatusEntry latest(List<StatusEntry> entries) {
        return entries.isEmpty() ? null : inOrder(entries).get(entries.size() - 1);
    }

    private static void notInFuture(
            FieldProblems problems, int row, String what, @Nullable PartialDate date, LocalDate today) {
        if (date != null && date.start().isAfter(today)) {
            problems.add(PART, at(row) + what + " " + date + " is in the future (today is " + today + ").");
        }
    }

    private static String at(int row) {
        return LABEL + ", row " + row + ": ";
    }

    private static <E extends Enum<E> & Coded> String status(int row, @Nullable Object value, Class<E> statuses) {
        String code = text(value);
        if (code == null) {
            throw new InvalidInputException(PART, at(row) + "choose a status.");
        }
        for (E s : statuses.getEnumConstants()) {
            if (s.name().equals(code)) {
                return code;
            }
        }
        throw new InvalidInputException(
                PART,
                at(row) + "'" + code + "' is not a status of this record type; one of "
                        + java.util.Arrays.stream(statuses.getEnumConstants())
                                .map(Coded::label)
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ".");
    }

    private static @Nullable PartialDate date(int row, String what, @Nullable Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(PART, at(row) + what + ": " + e.getMessage());
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().trim();
    }
}
