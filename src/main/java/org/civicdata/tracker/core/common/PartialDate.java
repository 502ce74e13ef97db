package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: {@code "2018-01-24"}, {@code "2018-01"} or {@code "2018"}.
 * Stored as the first day of the period plus its {@link DatePrecision}; written back in the same
 * form it was given. The one date type for every sourced date in the tracker.
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.YEAR && (start.getMonthValue() != 1 || start.getDayOfMonth() != 1)
                || precision == DatePrecision.MONTH && start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A " + precision + " date must start its period: " + start);
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a date; write a year, a month or a day: 2018, 2018-01 or 2018-01-24.");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: the month is 01 to 12.");
        }
        if (m.group(3) == null) {
            return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
        }
        int day = Integer.parseInt(m.group(3));
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: "
                    + yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + year + " has " + yearMonth.lengthOfMonth() + " days.");
        }
        return new PartialDate(yearMonth.atDay(day), DatePrecision.DAY);
    }

    /** Null-tolerant factory for two database columns that are both set or both null. */
    public static @Nullable PartialDate of(@Nullable LocalDate start, @Nullable DatePrecision precision) {
        if (start == null || precision == null) {
            return null;
        }
        return new PartialDate(start, precision);
    }

    /** The last day of the period (the same day for DAY precision). */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }
}
