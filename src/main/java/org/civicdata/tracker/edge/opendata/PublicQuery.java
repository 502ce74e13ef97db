package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;

/**
 * The filters every public listing accepts (the map page, the JSON, CSV and GeoJSON downloads),
 * parsed once, strictly: an unknown parameter or value is an {@link InvalidInputException} naming
 * it, never silently ignored. Empty values (what an unset form field sends) mean "no filter".
 *
 * @param stance        the derived stance
 * @param policy        policy variables and the value each must have in force (parameter names are
 *                      the variables in lower case, e.g. {@code ice_detainer_limits=YES})
 * @param letter        has a DOJ letter with this status
 * @param threat        has a funding threat with this status
 * @param state         two-letter state code
 * @param kind          kind of jurisdiction
 * @param q             words the name must contain
 * @param asOf          show the records as they stood on this date (their own dates), not today
 */
public record PublicQuery(
        @Nullable Stance stance,
        Map<PolicyVariable, PolicyValue> policy,
        @Nullable LetterStatus letter,
        @Nullable ThreatStatus threat,
        @Nullable String state,
        @Nullable JurisdictionKind kind,
        @Nullable String q,
        @Nullable LocalDate asOf) {

    public static final PublicQuery ALL = new PublicQuery(null, Map.of(), null, null, null, null, null, null);
    static final int MAX_SEARCH_LENGTH = 200;

    /** Every parameter name a listing accepts, in the order the codebook lists them. */
    public static final List<String> PARAMETERS = Stream.concat(
                    Stream.of("stance", "letter", "threat", "state", "kind", "q", "asOf"),
                    Arrays.stream(PolicyVariable.values()).map(PublicQuery::parameterName))
            .toList();

    public PublicQuery {
        policy = policy.isEmpty() ? Map.of() : new EnumMap<>(policy);
    }

    public static String parameterName(PolicyVariable variable) {
        return variable.name().toLowerCase(Locale.ROOT);
    }

    /** Parses request parameters; only {@link #asOfOnly} parameters are allowed on a detail page. */
    public static PublicQuery parse(Map<String, List<String>> parameters) {
        Map<String, String> values = given(parameters, PARAMETERS);
        Map<PolicyVariable, PolicyValue> policy = new EnumMap<>(PolicyVariable.class);
        for (PolicyVariable variable : PolicyVariable.values()) {
            String name = parameterName(variable);
            if (values.containsKey(name)) {
                policy.put(variable, value(PolicyValue.class, name, values.get(name)));
            }
        }
        String q = values.get("q");
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidInputException("q", "Parameter 'q' is longer than " + MAX_SEARCH_LENGTH + " characters.");
        }
        return new PublicQuery(
                value(Stance.class, "stance", values.get("stance")),
                policy,
                value(LetterStatus.class, "letter", values.get("letter")),
                value(ThreatStatus.class, "threat", values.get("threat")),
                stateCode(values.get("state")),
                value(JurisdictionKind.class, "kind", values.get("kind")),
                q,
                date(values.get("asOf")));
    }

    /**
     * The parameters given, each once, by name: an unknown name or one given twice is refused, naming it;
     * empty values (an unset form field) are left out.
     */
    static Map<String, String> given(Map<String, List<String>> parameters, List<String> known) {
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            String name = e.getKey();
            if (!known.contains(name)) {
                throw new InvalidInputException(
                        name, "Unknown parameter '" + name + "'. Known parameters: " + String.join(", ", known) + ".");
            }
            List<String> given =
                    e.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
            if (given.size() > 1) {
                throw new InvalidInputException(name, "Parameter '" + name + "' was given more than once.");
            }
            if (!given.isEmpty()) {
                // Whitespace around a value is forgiven (as isBlank judges it); control characters are not.
                values.put(name, given.get(0).strip());
            }
        }
        return values;
    }

    /** A two-letter state code, in upper case; anything else is refused, naming the parameter. */
    static @Nullable String stateCode(@Nullable String state) {
        if (state != null && !state.matches("[A-Za-z]{2}")) {
            throw new InvalidInputException(
                    "state", "Parameter 'state' must be a two-letter code such as IL, not '" + state + "'.");
        }
        return state == null ? null : state.toUpperCase(Locale.ROOT);
    }

    /** For pages that take only a date (a jurisdiction's page and record). */
    public static @Nullable LocalDate asOfOnly(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (!name.equals("asOf")) {
                throw new InvalidInputException(
                        name, "Unknown parameter '" + name + "'. This address takes only 'asOf'.");
            }
        }
        return parse(parameters).asOf();
    }

    static <E extends Enum<E>> @Nullable E value(Class<E> type, String name, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    name,
                    "Parameter '" + name + "' has no value '" + text + "'. Allowed: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")) + ".");
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "asOf", "Parameter 'asOf' must be a date written YYYY-MM-DD, not '" + text + "'.");
        }
    }

    public boolean isUnfiltered() {
        return equals(new PublicQuery(null, Map.of(), null, null, null, null, null, asOf));
    }

    /** The query as parameters in a fixed order, without empty ones: "stance=SANCTUARY&state=IL". */
    public String toQueryString() {
        Map<String, String> values = new TreeMap<>();
        put(values, "stance", stance);
        policy.forEach((variable, value) -> values.put(parameterName(variable), value.name()));
        put(values, "letter", letter);
        put(values, "threat", threat);
        put(values, "state", state);
        put(values, "kind", kind);
        put(values, "q", q);
        put(values, "asOf", asOf);
        StringJoiner joined = new StringJoiner("&");
        values.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    private static void put(Map<String, String> values, String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /** The search words, lower case: a name matches when it contains every one. */
    Set<String> words() {
        return q == null
                ? Set.of()
                : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
    }
}
