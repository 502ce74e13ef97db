package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a record type as it goes out and comes back: its public name (JSON and GeoJSON; in
 * snake case the CSV column), the form's name for it (where the type's rules report a problem), its
 * label and meaning (the codebook's words), its coded values, how to read it from the record and how
 * to set it from a file's cell. A type lists its fields once (e.g. {@code JurisdictionFields.ALL}); the
 * codebook, the open-data CSV, the staff CSV export and import, and the public page's labelled facts are
 * derived from that list. Plain getters and setters, no reflection: a field that is not wired is a
 * compile error, not a silent gap.
 *
 * @param kind how the value is written and read
 * @param isRequired whether a file must have the column and a value in it (the import's required columns)
 * @param isOnPage whether the public page shows it as a labelled fact
 */
public record RecordField<R>(
        String name,
        String formField,
        String label,
        String meaning,
        Kind kind,
        List<Coded> allowed,
        @Nullable Class<? extends Enum<?>> codes,
        Function<R, Object> get,
        BiConsumer<R, Object> set,
        boolean isRequired,
        boolean isOnPage) {

    /** What every date field means, after what it is the date of. */
    public static final String DATE_FORMAT =
            "A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY. Empty when unknown.";

    /** How a field's value is written and read. */
    public enum Kind {
        /** Text; an optional one is stored as null when blank. */
        TEXT,
        /** A {@link Coded} enumeration, written as its code. */
        CODE,
        /** A decimal number, written without trailing zeros (41.88, not 41.880000). */
        DECIMAL,
        /** A whole number of things, shown with thousands separators on the page. */
        COUNT,
        /** A year, written as its four digits. */
        YEAR,
        /** The id of another record of the type, written as that record's slug (each output resolves it). */
        REFERENCE,
        /** A {@link PartialDate} kept in two columns (the day it starts, its precision), written as text. */
        DATE,
        /** Yes or no; written as true or false. */
        FLAG
    }

    /**
     * A date as precise as the source gives it, stored in two columns ({@code ..._on}, {@code ..._precision})
     * and going out as one field ("2018-01", "2018-01-24").
     */
    public static <R> RecordField<R> date(
            String name,
            String label,
            String meaning,
            Function<R, LocalDate> start,
            Function<R, DatePrecision> precision,
            BiConsumer<R, LocalDate> setStart,
            BiConsumer<R, DatePrecision> setPrecision) {
        return new RecordField<>(
                name,
                name,
                label,
                meaning,
                Kind.DATE,
                List.of(),
                null,
                r -> PartialDate.of(start.apply(r), precision.apply(r)),
                (r, v) -> {
                    PartialDate date = (PartialDate) v;
                    setStart.accept(r, date == null ? null : date.start());
                    setPrecision.accept(r, date == null ? null : date.precision());
                },
                false,
                false);
    }

    public static <R> RecordField<R> flag(
            String name, String label, String meaning, Function<R, Boolean> get, BiConsumer<R, Boolean> set) {
        return new RecordField<>(
                name,
                name,
                label,
                meaning,
                Kind.FLAG,
                List.of(),
                null,
                get::apply,
                (r, v) -> set.accept(r, Boolean.TRUE.equals(v)),
                false,
                false);
    }

    /**
     * For a record that is never set field by field (an immutable part such as an event's figure, built
     * whole by its editor): a setter that refuses, so a file's cell can never be read into it by mistake.
     */
    public static <R, V> BiConsumer<R, V> notSetByField(String what) {
        return (r, v) -> {
            throw new IllegalStateException(what + " is built whole, not set field by field");
        };
    }

    public static <R> RecordField<R> text(
            String name, String label, String meaning, Function<R, String> get, BiConsumer<R, String> set) {
        return of(name, label, meaning, Kind.TEXT, String.class, get, set);
    }

    public static <R, E extends Enum<E> & Coded> RecordField<R> code(
            String name, String label, String meaning, Class<E> type, Function<R, E> get, BiConsumer<R, E> set) {
        return of(name, label, meaning, Kind.CODE, List.of(type.getEnumConstants()), type, type, get, set);
    }

    public static <R> RecordField<R> decimal(
            String name, String label, String meaning, Function<R, BigDecimal> get, BiConsumer<R, BigDecimal> set) {
        return of(name, label, meaning, Kind.DECIMAL, BigDecimal.class, get, set);
    }

    public static <R> RecordField<R> count(
            String name, String label, String meaning, Function<R, Integer> get, BiConsumer<R, Integer> set) {
        return of(name, label, meaning, Kind.COUNT, Integer.class, get, set);
    }

    public static <R> RecordField<R> year(
            String name, String label, String meaning, Function<R, Integer> get, BiConsumer<R, Integer> set) {
        return of(name, label, meaning, Kind.YEAR, Integer.class, get, set);
    }

    public static <R> RecordField<R> reference(
            String name, String label, String meaning, Function<R, Long> get, BiConsumer<R, Long> set) {
        return of(name, label, meaning, Kind.REFERENCE, Long.class, get, set);
    }

    /** A field without coded values. */
    private static <R, T> RecordField<R> of(
            String name,
            String label,
            String meaning,
            Kind kind,
            Class<T> type,
            Function<R, T> get,
            BiConsumer<R, T> set) {
        return of(name, label, meaning, kind, List.of(), null, type, get, set);
    }

    /** A field under its own name in forms, optional and off the page until said otherwise. */
    private static <R, T> RecordField<R> of(
            String name,
            String label,
            String meaning,
            Kind kind,
            List<Coded> allowed,
            @Nullable Class<? extends Enum<?>> codes,
            Class<T> type,
            Function<R, T> get,
            BiConsumer<R, T> set) {
        return new RecordField<>(
                name,
                name,
                label,
                meaning,
                kind,
                allowed,
                codes,
                get::apply,
                (r, v) -> set.accept(r, type.cast(v)),
                false,
                false);
    }

    /** The same field, reported under another form field name by the type's rules ("stateCode" for "state"). */
    public RecordField<R> formField(String formField) {
        return new RecordField<>(name, formField, label, meaning, kind, allowed, codes, get, set, isRequired, isOnPage);
    }

    /** The same field, required in a file. */
    public RecordField<R> required() {
        return new RecordField<>(name, formField, label, meaning, kind, allowed, codes, get, set, true, isOnPage);
    }

    /** The same field, shown as a labelled fact on the record's public page. */
    public RecordField<R> onPage() {
        return new RecordField<>(name, formField, label, meaning, kind, allowed, codes, get, set, isRequired, true);
    }

    /** The CSV column: the name in snake case ("populationYear" is "population_year"). */
    public String column() {
        return snakeCase(name);
    }

    public static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * The value as the public JSON and the CSVs carry it: a code's name, a decimal without trailing
     * zeros, a number, text; null when empty. A reference is its id here: each output writes the slug.
     */
    public @Nullable Object value(R record) {
        Object value = get.apply(record);
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        if (value instanceof PartialDate date) {
            return date.toString();
        }
        return value;
    }

    /** The value as text in a CSV cell or on a page: "" when empty. Not for references. */
    public String text(R record) {
        Object value = value(record);
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** The value as the public page shows it: a code's label, a count with thousands separators. */
    public String shown(R record) {
        Object value = get.apply(record);
        if (value instanceof Coded code) {
            return code.label();
        }
        if (kind == Kind.COUNT && value instanceof Integer n) {
            return NumberFormat.getIntegerInstance(Locale.US).format(n);
        }
        return text(record);
    }

    /**
     * Sets the field from a file's cell (already unquoted), adding any problem under {@link #formField}.
     * Not for references, which need a lookup: the caller resolves the slug.
     */
    public void read(R record, @Nullable String cell, FieldProblems problems) {
        String text = cell == null ? "" : cell;
        Object value = switch (kind) {
            case TEXT -> isRequired || !text.isBlank() ? text : null;
            case CODE -> code(problems, text);
            case DECIMAL -> problems.number(formField, label, text);
            case COUNT, YEAR -> problems.wholeNumber(formField, label, text);
            case DATE -> problems.date(formField, label, text);
            case FLAG -> problems.yesNo(formField, label, text);
            case REFERENCE -> throw new IllegalStateException(name + " is a reference: resolve its slug");
        };
        if (isRequired && kind != Kind.TEXT && text.isBlank()) {
            problems.add(formField, label + ": is required.");
        }
        set.accept(record, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable Object code(FieldProblems problems, String text) {
        return problems.oneOf(formField, label, text, (Class) codes);
    }

    /** A decimal as it goes out everywhere: 41.8781, not 41.878100; 40, not 4E+1. */
    public static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
