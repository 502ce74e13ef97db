package org.civicdata.tracker.edge.opendata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFields;
import org.civicdata.tracker.record.policy.PolicyVariable;

/**
 * The open-data CSV as a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/):
 * one field per column of {@link OpenDataFormats#csvColumns}, in order, each with the name, title,
 * description, type and constraints (a coded field's values) of the description the codebook gives it
 * ({@link JurisdictionFields} for a jurisdiction's own fields, {@link Codebook} for what is derived).
 * A column without a description is an error, not a gap.
 */
public final class CsvTableSchema {

    /** A partial date as the CSV writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
    static final String PARTIAL_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    private CsvTableSchema() {}

    /** The Table Schema as JSON-ready maps, with the primary key the records keep across releases. */
    public static Map<String, Object> of() {
        List<Codebook.Group> groups = Codebook.groups();
        Codebook.Group listing = group(groups, "Jurisdiction (listing");
        Codebook.Group policy = group(groups, "Policy variables");
        Codebook.Field counts = listing.fields().stream()
                .filter(f -> f.name().equals("counts"))
                .findFirst()
                .orElseThrow();
        List<String> countColumns = Arrays.stream(ResponseShapes.Counts.class.getRecordComponents())
                .map(c -> RecordField.snakeCase(c.getName()))
                .toList();
        List<Map<String, Object>> fields = OpenDataFormats.csvColumns().stream()
                .map(column -> JurisdictionFields.ALL.stream()
                        .filter(f -> f.column().equals(column))
                        .findFirst()
                        .map(CsvTableSchema::own)
                        .or(() -> derived(column, listing, policy))
                        .or(() -> countColumns.contains(column)
                                ? Optional.of(field(
                                        column,
                                        column.replace('_', ' '),
                                        counts.meaning() + " This column: " + column.replace('_', ' ') + ".",
                                        "integer",
                                        Map.of("required", true, "minimum", 0)))
                                : Optional.empty())
                        .orElseThrow(() -> new IllegalStateException(
                                "The CSV column " + column + " has no description in the codebook")))
                .toList();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", List.of("slug"));
        schema.put("missingValues", List.of(""));
        return schema;
    }

    private static Codebook.Group group(List<Codebook.Group> groups, String titleStart) {
        return groups.stream()
                .filter(g -> g.title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The codebook has no group " + titleStart));
    }

    /** A jurisdiction's own field, typed by its kind. */
    private static Map<String, Object> own(RecordField<?> f) {
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (f.isRequired()) {
            constraints.put("required", true);
        }
        if (!f.allowed().isEmpty()) {
            constraints.put("enum", codes(f.allowed()));
        }
        String type = switch (f.kind()) {
            case DECIMAL -> "number";
            case COUNT -> "integer";
            case YEAR -> "year";
            case FLAG -> "boolean";
            case TEXT, CODE, REFERENCE, DATE -> "string";
        };
        if (f.kind() == RecordField.Kind.COUNT) {
            constraints.put("minimum", 0);
        }
        if (f.kind() == RecordField.Kind.DATE) {
            constraints.put("pattern", PARTIAL_DATE);
        }
        return field(f.column(), f.label(), f.meaning(), type, constraints);
    }

    /** A derived column: the stance, a policy variable's value in force, a list of statuses (joined with |). */
    private static Optional<Map<String, Object>> derived(String column, Codebook.Group listing, Codebook.Group policy) {
        Optional<Map<String, Object>> inListing = listing.fields().stream()
                .filter(f -> RecordField.snakeCase(f.name()).equals(column)
                        && !f.allowed().isEmpty())
                .findFirst()
                .map(f -> column.endsWith("_statuses")
                        ? field(
                                column,
                                f.name(),
                                f.meaning() + " Joined with |.",
                                "string",
                                Map.of("pattern", listOf(f)))
                        : field(column, f.name(), f.meaning(), "string", Map.of("enum", codes(f.allowed()))));
        return inListing.or(() -> Arrays.stream(PolicyVariable.values())
                .filter(v -> PublicQuery.parameterName(v).equals(column))
                .findFirst()
                .flatMap(v -> policy.fields().stream()
                        .filter(f -> f.name().equals(v.name()))
                        .findFirst())
                .map(f -> field(
                        column,
                        f.name(),
                        f.meaning() + " Empty when no position is in force.",
                        "string",
                        Map.of("enum", codes(f.allowed())))));
    }

    /** Codes joined with |, or nothing. */
    private static String listOf(Codebook.Field f) {
        String one = "(" + String.join("|", codes(f.allowed())) + ")";
        return "^(" + one + "(\\|" + one + ")*)?$";
    }

    private static List<String> codes(List<Coded> allowed) {
        return allowed.stream().map(Coded::name).collect(Collectors.toList());
    }

    private static Map<String, Object> field(
            String name, String title, String description, String type, Map<String, Object> constraints) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("title", title);
        field.put("description", description);
        field.put("type", type);
        if (type.equals("boolean")) {
            field.put("trueValues", List.of("true"));
            field.put("falseValues", List.of("false"));
        }
        if (!constraints.isEmpty()) {
            field.put("constraints", constraints);
        }
        return field;
    }
}
