package org.civicdata.tracker.record.event;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicdata.tracker.core.common.InvalidInputException;

/**
 * An event's figures as its audited part {@code figures}: a list, in order, of one map per figure
 * ({@code label, value, qualifier, unit, period, attributedTo}; value as a plain decimal string).
 * The audit trail keeps this form, so a revert restores the figures exactly.
 */
public final class EventFigures {

    public static final String PART = "figures";
    /** The one-line form entries written before 2026-11-22 used: "label: [QUALIFIER ]value UNIT[ (period)]". */
    private static final Pattern LEGACY =
            Pattern.compile("(.*): (?:(MORE_THAN|ABOUT|NEARLY) )?(\\S+) (\\S+)(?: \\((.*)\\))?");

    private EventFigures() {}

    public static Map<String, Object> part(
            String label,
            @Nullable BigDecimal value,
            @Nullable FigureQualifier qualifier,
            FigureUnit unit,
            @Nullable String period,
            @Nullable String attributedTo) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("label", label);
        figure.put(
                "value",
                value == null
                        ? null
                        : org.civicdata.tracker.core.common.FieldProblems.shown(value.stripTrailingZeros()));
        figure.put("qualifier", qualifier == null ? null : qualifier.name());
        figure.put("unit", unit.name());
        figure.put("period", blankToNull(period));
        figure.put("attributedTo", blankToNull(attributedTo));
        return figure;
    }

    public static List<Map<String, Object>> part(List<EventFigure> figures) {
        return figures.stream()
                .map(f -> part(f.label(), f.value(), f.qualifier(), f.unit(), f.period(), f.attributedTo()))
                .toList();
    }

    /** The part's value as figures of {@code eventId}, checked; the message names the figure by number. */
    public static List<EventFigure> figures(long eventId, Object partValue) {
        List<EventFigure> figures = new ArrayList<>();
        int position = 0;
        for (Object item : (Collection<?>) partValue) {
            int number = position + 1;
            Map<?, ?> f = item instanceof Map<?, ?> map ? map : legacy(number, String.valueOf(item));
            String label = text(f.get("label"));
            if (label == null) {
                throw new InvalidInputException(PART, "Figure " + number + " needs a label (what is counted).");
            }
            figures.add(new EventFigure(
                    null,
                    eventId,
                    position++,
                    label,
                    number(number, f.get("value")),
                    choice(number, "qualifier", FigureQualifier.class, f.get("qualifier")),
                    required(number, choice(number, "unit", FigureUnit.class, f.get("unit"))),
                    text(f.get("period")),
                    text(f.get("attributedTo"))));
        }
        return figures;
    }

    /**
     * A figure as people write it: "about 100 people", "more than 200 arrests", "nearly 11 million",
     * "$1,500,000"; "an unknown number of people" without a value. The one wording of figures, for the
     * public pages and the staff views alike.
     */
    public static String wording(@Nullable FigureQualifier qualifier, @Nullable BigDecimal value, FigureUnit unit) {
        String hedge = qualifier == null ? "" : qualifier.label().toLowerCase(java.util.Locale.ROOT) + " ";
        if (value == null) {
            return unit == FigureUnit.USD
                    ? "an unknown amount"
                    : "an unknown number" + (unit == FigureUnit.OTHER ? "" : " of " + noun(unit, 2));
        }
        String number = number(value);
        if (unit == FigureUnit.USD) {
            return hedge + "$" + number;
        }
        boolean one = value.compareTo(BigDecimal.ONE) == 0;
        return hedge + number + (unit == FigureUnit.OTHER ? "" : " " + noun(unit, one ? 1 : 2));
    }

    /** A figure's whole line: "Arrests in 2017: more than 200 arrests (2017, according to ICE)". */
    public static String line(
            String label,
            @Nullable FigureQualifier qualifier,
            @Nullable BigDecimal value,
            FigureUnit unit,
            @Nullable String period,
            @Nullable String attributedTo) {
        StringBuilder details = new StringBuilder();
        if (period != null && !period.isBlank()) {
            details.append(period.trim());
        }
        if (attributedTo != null && !attributedTo.isBlank()) {
            details.append(details.length() == 0 ? "" : ", ")
                    .append("according to ")
                    .append(attributedTo.trim());
        }
        return label + ": " + wording(qualifier, value, unit) + (details.length() == 0 ? "" : " (" + details + ")");
    }

    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        BigDecimal billion = BigDecimal.valueOf(1_000_000_000);
        if (plain.abs().compareTo(billion) >= 0
                && plain.remainder(BigDecimal.valueOf(100_000_000)).signum() == 0) {
            return grouped(plain.divide(billion)) + " billion";
        }
        if (plain.abs().compareTo(million) >= 0
                && plain.remainder(BigDecimal.valueOf(100_000)).signum() == 0) {
            return grouped(plain.divide(million)) + " million";
        }
        return grouped(plain);
    }

    private static String grouped(BigDecimal value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat(
                "#,##0.##########", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        return format.format(value);
    }

    private static String noun(FigureUnit unit, int count) {
        boolean one = count == 1;
        return switch (unit) {
            case PEOPLE -> one ? "person" : "people";
            case ARRESTS -> one ? "arrest" : "arrests";
            case JURISDICTIONS -> one ? "jurisdiction" : "jurisdictions";
            case CITIES -> one ? "city" : "cities";
            case COUNTIES -> one ? "county" : "counties";
            case CONSULATES -> one ? "consulate" : "consulates";
            case USD -> "US dollars";
            case OTHER -> "";
        };
    }

    /** The canonical part value of whatever was given (maps, or lines of the old one-line form). */
    public static List<Map<String, Object>> canonical(Object partValue) {
        return part(figures(0, partValue));
    }

    private static Map<String, Object> legacy(int number, String line) {
        Matcher m = LEGACY.matcher(line);
        if (!m.matches()) {
            throw new InvalidInputException(PART, "Figure " + number + " cannot be read: '" + line + "'.");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("label", m.group(1));
        f.put("qualifier", m.group(2));
        f.put("value", "?".equals(m.group(3)) ? null : m.group(3));
        f.put("unit", m.group(4));
        f.put("period", m.group(5));
        return f;
    }

    private static FigureUnit required(int number, @Nullable FigureUnit unit) {
        if (unit == null) {
            throw new InvalidInputException(PART, "Figure " + number + " needs a unit.");
        }
        return unit;
    }

    private static @Nullable BigDecimal number(int number, @Nullable Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(PART, "Figure " + number + ": '" + text + "' is not a number.");
        }
        // What event_figure.value, DECIMAL(20,2), holds: checked here, as the database would refuse it.
        BigDecimal stripped = parsed.stripTrailingZeros();
        if (stripped.scale() > 2 || stripped.precision() - stripped.scale() > 18) {
            throw new InvalidInputException(
                    PART,
                    "Figure " + number + ": " + org.civicdata.tracker.core.common.FieldProblems.shown(parsed)
                            + " does not fit: at most 18 digits before the decimal point and 2 after.");
        }
        return parsed;
    }

    private static <E extends Enum<E>> @Nullable E choice(
            int number, String key, Class<E> type, @Nullable Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    PART,
                    "Figure " + number + ": " + key + " '" + text + "' is not one of "
                            + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : blankToNull(value.toString());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
