package org.civicdata.tracker.infra.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.infra.seed.SeedRecords.DesignationSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.DojLetterSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.EventSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.FundingThreatSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.PersonSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.PolicyPositionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.SeedData;
import org.civicdata.tracker.infra.seed.SeedRecords.SourceSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.StatementSeed;

/** Reads a seed folder (on disk, or the copy bundled in the jar) into {@link SeedData}. */
public final class SeedFiles {

    static final String SOURCES = "sources.yml";
    static final String JURISDICTIONS = "jurisdictions.yml";
    static final String PEOPLE = "people.yml";
    static final String STATEMENTS = "statements.yml";
    static final String DESIGNATIONS = "designations.yml";
    static final String POLICY_POSITIONS = "policy-positions.yml";
    static final String DOJ_LETTERS = "doj-letters.yml";
    static final String FUNDING_THREATS = "funding-threats.yml";
    static final String EVENTS = "events.yml";
    public static final List<String> ALL = List.of(
            SOURCES,
            JURISDICTIONS,
            PEOPLE,
            STATEMENTS,
            DESIGNATIONS,
            POLICY_POSITIONS,
            DOJ_LETTERS,
            FUNDING_THREATS,
            EVENTS);

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String origin;
    private final Map<String, String> texts;

    private SeedFiles(String origin, Map<String, String> texts) {
        this.origin = origin;
        this.texts = texts;
    }

    /** The seeds bundled in the application (the repository's seeds/ folder). */
    public static SeedFiles bundled() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : ALL) {
            try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
                if (in != null) {
                    texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SeedFiles("bundled seeds/", texts);
    }

    public static SeedFiles fromDirectory(Path dir) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : ALL) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new SeedException(List.of(name + ": cannot be read: " + e.getMessage()));
                }
            }
        }
        return new SeedFiles(dir.toString(), texts);
    }

    public String origin() {
        return origin;
    }

    /** Parses every file; all parse problems are collected, then thrown together. */
    SeedData parse() {
        List<String> problems = new ArrayList<>();
        for (String name : ALL) {
            if (!texts.containsKey(name)) {
                problems.add(name + ": missing from " + origin);
            }
        }
        SeedData data = new SeedData(
                read(SOURCES, SourceSeed.class, problems),
                read(JURISDICTIONS, JurisdictionSeed.class, problems),
                read(PEOPLE, PersonSeed.class, problems),
                read(STATEMENTS, StatementSeed.class, problems),
                read(DESIGNATIONS, DesignationSeed.class, problems),
                read(POLICY_POSITIONS, PolicyPositionSeed.class, problems),
                read(DOJ_LETTERS, DojLetterSeed.class, problems),
                read(FUNDING_THREATS, FundingThreatSeed.class, problems),
                read(EVENTS, EventSeed.class, problems));
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return data;
    }

    private <T> List<T> read(String name, Class<T> type, List<String> problems) {
        String text = texts.get(name);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        JavaType listType = YAML.getTypeFactory().constructCollectionType(List.class, type);
        try {
            List<T> records = YAML.readValue(text, listType);
            if (records == null) {
                // A document with no content ("---", "~", "null"): no records, like an empty file.
                return List.of();
            }
            if (records.contains(null)) {
                problems.add(name + ": has an empty list entry");
            }
            return records;
        } catch (UnrecognizedPropertyException e) {
            problems.add(name + " line " + e.getLocation().getLineNr() + ": unknown field '" + e.getPropertyName()
                    + "' (known fields: " + e.getKnownPropertyIds() + ")");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            problems.add(name + where(e) + ", " + mismatch(e));
        } catch (JsonProcessingException e) {
            // The YAML parser's own text names Java types and tokens; say what a person can fix.
            problems.add(name + where(e) + ": this is not YAML the seed format can read; check the indentation, "
                    + "the quotes and the dashes of list entries near this line.");
        }
        return List.of();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
    }

    /** A value of the wrong shape, in words: the field (from the path) and what it should be. */
    private static String mismatch(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        // The path is [record index, field, ...]: "record #22, field 'latitude'".
        String record = "";
        List<String> fields = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                fields.add(ref.getFieldName());
            } else if (fields.isEmpty()) {
                record = "record #" + (ref.getIndex() + 1) + ", ";
            } else {
                fields.add("[" + (ref.getIndex() + 1) + "]");
            }
        }
        String field = String.join(".", fields).replace(".[", "[");
        Class<?> type = e.getTargetType();
        String expected;
        if (type == null) {
            expected = "a value of another shape";
        } else if (java.math.BigDecimal.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)) {
            expected = "a number (digits, an optional minus sign and decimal point)";
        } else if (type == Boolean.class || type == boolean.class) {
            expected = "true or false";
        } else if (java.util.Collection.class.isAssignableFrom(type)) {
            expected = "a list";
        } else if (type == String.class) {
            expected = "a single text value";
        } else {
            expected = "a record of fields (key: value lines)";
        }
        String value = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                        && invalid.getValue() != null
                ? " '" + invalid.getValue() + "'"
                : " the value";
        return record + (field.isEmpty() ? "the entry" : "field '" + field + "'") + ":" + value + " is not " + expected
                + ".";
    }
}
