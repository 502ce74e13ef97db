package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The problems found in one record's input, collected by a type's rules (e.g. {@code JurisdictionRules})
 * and by the readers of text input (CSV cells, seed values), with the checks they share and their words.
 * Every message names the field in words ("Said on: ...") and never carries Java's own text.
 */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldProblems add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws the first problem as an {@link InvalidInputException} naming its field; nothing when there is none. */
    public static void throwFirst(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
    }

    /** A value that must be given: null, or text that is blank, is a problem with this message. */
    public void required(String field, @Nullable Object value, String message) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, message);
        }
    }

    /**
     * A date of something that happened (said, published, designated, sent, ruled...) may not be later
     * than today; a date as precise as a month or a year is in the future only when its period starts
     * after today.
     */
    public void notInFuture(
            String field, String label, @Nullable LocalDate start, @Nullable DatePrecision precision, LocalDate today) {
        if (start != null && start.isAfter(today)) {
            PartialDate date = PartialDate.of(start, precision == null ? DatePrecision.DAY : precision);
            add(
                    field,
                    label + ": " + date + " is in the future. Only deadlines and end dates may be later than today ("
                            + today + ").");
        }
    }

    /** A date read from text, or null (with a problem) when it is not one; null for blank text. */
    public @Nullable PartialDate date(String field, String label, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            add(field, label + ": " + e.getMessage());
            return null;
        }
    }

    /** A decimal number read from text ("41.88", "-87.6"), or null (with a problem) when it is not one. */
    public @Nullable BigDecimal number(String field, String label, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.trim();
        // Plain decimals only: "1e999999999" is a BigDecimal too, but a billion digits long when written out.
        if (!PLAIN_DECIMAL.matcher(number).matches()) {
            add(
                    field,
                    label + ": '" + text + "' is not a number; write digits with an optional minus sign "
                            + "and decimal point, e.g. 41.88 or -87.6.");
            return null;
        }
        return new BigDecimal(number);
    }

    /** A whole number read from text ("2746388"), or null (with a problem) when it is not one; null for blank text. */
    public @Nullable Integer wholeNumber(String field, String label, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.trim();
        if (!number.matches("[-+]?\\d{1,10}")
                || new BigDecimal(number).abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            add(
                    field,
                    label + ": '" + text
                            + "' is not a whole number; write digits only, without separators, e.g. 2746388.");
            return null;
        }
        return Integer.valueOf(number);
    }

    private static final java.util.regex.Pattern PLAIN_DECIMAL =
            java.util.regex.Pattern.compile("[-+]?\\d{1,40}(\\.\\d{1,40})?");

    /**
     * A number as a message shows it: written out ("0.0000001", "123000") unless that would be absurdly
     * long (a number such as 1E+999999999 from a seed file), then in scientific notation.
     */
    public static String shown(BigDecimal number) {
        return Math.abs((long) number.scale()) <= 100 ? number.toPlainString() : number.toString();
    }

    /** One of an enumeration's codes (any case), or null (with a problem listing the codes) when it is none. */
    public <E extends Enum<E>> @Nullable E oneOf(String field, String label, @Nullable String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        add(
                field,
                label + ": '" + text + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ".");
        return null;
    }

    /** A yes/no value ("true", "false", "yes", "no", any case), or null (with a problem) when it is neither. */
    public @Nullable Boolean yesNo(String field, String label, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                add(field, label + ": '" + text + "' is neither true nor false (yes or no also do).");
                yield null;
            }
        };
    }
}
