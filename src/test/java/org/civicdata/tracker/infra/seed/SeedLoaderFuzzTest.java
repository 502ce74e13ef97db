package org.civicdata.tracker.infra.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.StatementRepository;

/**
 * Generated bad seed folders through the real loader ({@code SeedFiles.fromDirectory}, then
 * {@link SeedLoader#load}) and the database. Each folder starts from a small valid one (a source, a
 * jurisdiction, a person, a statement, a policy position, an event, all new) and gets mutations:
 * values of the wrong type, unknown keys, missing keys, references to nothing, duplicate keys,
 * impossible or future dates, enormous numbers and texts, null entries, and YAML broken as text (tabs,
 * unclosed quotes, a byte order mark, several documents, an alias bomb, a mapping where a list
 * belongs, a missing file). Every folder either loads (in a transaction this test rolls back, having
 * counted what it created) or is refused with a {@link SeedException} whose every problem names its
 * file and a record or line, in words; nothing else is thrown, and the counts of records, citations
 * and audit entries are the same before and after.
 */
@Slow
class SeedLoaderFuzzTest {

    private static ApplicationContext context;
    private static SeedLoader loader;
    private static TransactionOperations<Connection> transactions;
    private static SourceRepository sources;
    private static JurisdictionRepository jurisdictions;
    private static PersonRepository people;
    private static StatementRepository statements;
    private static CitationRepository citations;
    private static AuditEntryRepository audit;
    private static Path dir;
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger LOADED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger BY_THE_DATABASE = new AtomicInteger();
    private static long startedAt;

    private static final ObjectMapper YAML = new YAMLMapper();

    @BeforeContainer
    @SuppressWarnings("unchecked")
    static void start() throws IOException {
        context = ApplicationContext.builder().environments("test").start();
        loader = context.getBean(SeedLoader.class);
        TestSeeds.ensureLoaded(loader);
        transactions = context.getBean(TransactionOperations.class);
        sources = context.getBean(SourceRepository.class);
        jurisdictions = context.getBean(JurisdictionRepository.class);
        people = context.getBean(PersonRepository.class);
        statements = context.getBean(StatementRepository.class);
        citations = context.getBean(CitationRepository.class);
        audit = context.getBean(AuditEntryRepository.class);
        dir = Files.createTempDirectory("seed-fuzz");
        startedAt = System.nanoTime();
    }

    @AfterContainer
    static void stop() {
        System.out.printf(
                "SeedLoaderFuzzTest: %d folders in %.1f s: %d loaded (rolled back), %d refused (%d of them by the "
                        + "database rather than the checks)%n",
                TRIES.get(), (System.nanoTime() - startedAt) / 1e9, LOADED.get(), REFUSED.get(), BY_THE_DATABASE.get());
        if (context != null) {
            context.close();
        }
    }

    record Counts(long sources, long jurisdictions, long people, long statements, long citations, long audit) {
        long records() {
            return sources + jurisdictions + people + statements;
        }
    }

    private static Counts counts() {
        return new Counts(
                sources.count(),
                jurisdictions.count(),
                people.count(),
                statements.count(),
                citations.count(),
                audit.count());
    }

    // ---- a small valid folder ----

    static Map<String, List<Map<String, Object>>> validFolder() {
        Map<String, List<Map<String, Object>>> folder = new LinkedHashMap<>();
        for (String file : SeedFiles.ALL) {
            folder.put(file, new ArrayList<>());
        }
        folder.get(SeedFiles.SOURCES)
                .add(record(
                        "key",
                        "fuzz-src",
                        "title",
                        "A fuzzed source",
                        "publication",
                        null,
                        "author",
                        "A. Writer",
                        "url",
                        "https://example.org/fuzz",
                        "published",
                        "2018-01-24",
                        "published_inferred",
                        false,
                        "seed_document",
                        null,
                        "notes",
                        null));
        folder.get(SeedFiles.JURISDICTIONS)
                .add(record(
                        "slug",
                        "fuzz-county-il",
                        "name",
                        "Fuzz County",
                        "kind",
                        "COUNTY",
                        "state",
                        "IL",
                        "fips",
                        "17999",
                        "latitude",
                        41.5,
                        "longitude",
                        -88.1,
                        "parent",
                        null,
                        "sources",
                        List.of("fuzz-src"),
                        "notes",
                        null));
        folder.get(SeedFiles.JURISDICTIONS)
                .add(record(
                        "slug",
                        "fuzzville-il",
                        "name",
                        "Fuzzville",
                        "kind",
                        "CITY",
                        "state",
                        "IL",
                        "fips",
                        null,
                        "latitude",
                        41.6,
                        "longitude",
                        -88.2,
                        "parent",
                        "fuzz-county-il",
                        "sources",
                        List.of("fuzz-src"),
                        "notes",
                        "A made-up city."));
        folder.get(SeedFiles.PEOPLE)
                .add(record(
                        "key",
                        "fuzz-mayor",
                        "name",
                        "Fuzz Mayor",
                        "role",
                        "Mayor",
                        "office",
                        "Mayor of Fuzzville",
                        "affiliation",
                        null,
                        "organization",
                        false,
                        "sources",
                        List.of("fuzz-src"),
                        "notes",
                        null));
        folder.get(SeedFiles.STATEMENTS)
                .add(record(
                        "key",
                        "fuzz-said",
                        "speaker",
                        "fuzz-mayor",
                        "jurisdiction",
                        "fuzzville-il",
                        "kind",
                        "QUOTE",
                        "text",
                        "We will stay who we are.",
                        "said_on",
                        "2018-01-24",
                        "said_on_inferred",
                        false,
                        "venue",
                        "INTERVIEW",
                        "venue_detail",
                        null,
                        "reported_by",
                        null,
                        "sources",
                        List.of("fuzz-src"),
                        "notes",
                        null));
        folder.get(SeedFiles.POLICY_POSITIONS)
                .add(record(
                        "key",
                        "fuzzville-detainers",
                        "jurisdiction",
                        "fuzzville-il",
                        "variable",
                        "ICE_DETAINER_LIMITS",
                        "value",
                        "YES",
                        "valid_from",
                        "2017",
                        "valid_to",
                        null,
                        "sources",
                        List.of("fuzz-src"),
                        "notes",
                        null));
        folder.get(SeedFiles.EVENTS)
                .add(record(
                        "key",
                        "fuzz-meeting",
                        "title",
                        "A fuzzed meeting",
                        "kind",
                        "MEETING",
                        "occurred_on",
                        "2018-01-24",
                        "occurred_on_inferred",
                        false,
                        "jurisdictions",
                        List.of("fuzzville-il"),
                        "description",
                        null,
                        "figures",
                        List.of(record(
                                "label",
                                "people",
                                "value",
                                12,
                                "qualifier",
                                "ABOUT",
                                "unit",
                                "PEOPLE",
                                "period",
                                null,
                                "attributed_to",
                                null)),
                        "sources",
                        List.of("fuzz-src"),
                        "notes",
                        null));
        return folder;
    }

    static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return record;
    }

    // ---- mutations ----

    /** One change to the folder: a file, a record in it (by index, wrapped), and what to do to which field. */
    record Mutation(String file, int record, String kind, String field, Object value, Object number) {}

    static Arbitrary<Object> badValue() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        " ",
                        "2024-02-30",
                        "2023-02-29",
                        "2024-13",
                        "2024-00",
                        "0000",
                        "99999",
                        "2999-01-01",
                        "24-01-2018",
                        "2018/01/24",
                        "1e999999999",
                        "-1e999999999",
                        "NaN",
                        "yes",
                        "maybe",
                        "CITY ",
                        "city",
                        "QUIP",
                        "ZZ",
                        "Il",
                        "\u0000",
                        "\uFEFF",
                        "\u202Eevil",
                        "😀",
                        "' OR 1=1 --",
                        "${jndi:ldap://x/a}",
                        "=HYPERLINK(\"x\")",
                        "../../etc/passwd",
                        "fuzz-src ",
                        "Fuzz-Src",
                        "doc-000",
                        "chicago-il",
                        "illinois-il",
                        "fuzzville-il",
                        "fuzz-county-il",
                        "fuzz-mayor",
                        "nobody",
                        "atlantis-zz"),
                Arbitraries.of(
                        new java.math.BigDecimal("1e999999999"),
                        new java.math.BigDecimal("-1e-999999999"),
                        new java.math.BigDecimal("123456789012345678901234567890.123456789"),
                        Long.MAX_VALUE,
                        -1,
                        0,
                        91,
                        -181,
                        1.5e300,
                        true,
                        false),
                Arbitraries.of(
                        List.of(),
                        List.of("fuzz-src", "fuzz-src"),
                        List.of("nope"),
                        List.of(List.of("x")),
                        Map.of("a", 1),
                        Map.of(),
                        java.util.Arrays.asList((Object) null)),
                Arbitraries.integers()
                        .between(101, 70_000)
                        .flatMap(n -> Arbitraries.of("x", "é", "中", "😀").map(s -> s.repeat(n))),
                Arbitraries.strings().all().ofMaxLength(12).filter(SeedLoaderFuzzTest::encodable),
                Arbitraries.just(null));
    }

    static boolean encodable(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    static final List<String> FIELDS = List.of(
            "key",
            "slug",
            "name",
            "title",
            "kind",
            "state",
            "fips",
            "latitude",
            "longitude",
            "parent",
            "sources",
            "notes",
            "speaker",
            "jurisdiction",
            "text",
            "said_on",
            "said_on_inferred",
            "venue",
            "variable",
            "value",
            "valid_from",
            "valid_to",
            "occurred_on",
            "jurisdictions",
            "figures",
            "published",
            "published_inferred",
            "url",
            "organization",
            "role",
            "population",
            "Key",
            "slug ",
            "seed_key",
            "id");

    static Arbitrary<Mutation> mutation() {
        return Combinators.combine(
                        Arbitraries.of(
                                SeedFiles.SOURCES,
                                SeedFiles.JURISDICTIONS,
                                SeedFiles.PEOPLE,
                                SeedFiles.STATEMENTS,
                                SeedFiles.POLICY_POSITIONS,
                                SeedFiles.EVENTS),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.frequency(
                                Tuple.of(8, "set"),
                                Tuple.of(2, "remove"),
                                Tuple.of(2, "duplicate"),
                                Tuple.of(1, "null entry"),
                                Tuple.of(1, "figure"),
                                Tuple.of(1, "empty file"),
                                Tuple.of(2, "number")),
                        Arbitraries.of(FIELDS),
                        badValue(),
                        extremeNumber())
                .as(Mutation::new);
    }

    /** Numbers at the edges: more digits or decimals than a column holds, exponents a billion long. */
    static Arbitrary<Object> extremeNumber() {
        return Arbitraries.of(
                new java.math.BigDecimal("1e999999999"),
                new java.math.BigDecimal("-1e-999999999"),
                new java.math.BigDecimal("1e-7"),
                new java.math.BigDecimal("41.1234567"),
                new java.math.BigDecimal("1e20"),
                new java.math.BigDecimal("123456789012345678901234567890.5"),
                new java.math.BigDecimal("-0.0000000000000001"),
                "1e999999999",
                "NaN",
                "Infinity",
                "0x10",
                "1_000");
    }

    /** The YAML text of a file, broken in one of the ways hand-edited YAML breaks. */
    static Arbitrary<String> textDamage() {
        return Arbitraries.frequency(
                Tuple.of(30, "none"),
                Tuple.of(1, "tab"),
                Tuple.of(1, "unclosed quote"),
                Tuple.of(1, "bom"),
                Tuple.of(1, "documents"),
                Tuple.of(1, "alias bomb"),
                Tuple.of(1, "mapping"),
                Tuple.of(1, "truncated"),
                Tuple.of(1, "missing file"),
                Tuple.of(1, "scalar"),
                Tuple.of(1, "java tag"),
                Tuple.of(1, "anchor"),
                Tuple.of(1, "crlf"),
                Tuple.of(1, "indent"));
    }

    record Folder(Map<String, String> texts) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            texts.forEach((file, text) -> {
                if (!text.isBlank()) {
                    out.append("--- ")
                            .append(file)
                            .append('\n')
                            .append(
                                    text.length() > 1500
                                            ? text.substring(0, 1500) + "… (" + text.length() + " characters)"
                                            : text);
                }
            });
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Folder> folders() {
        return Combinators.combine(mutation().list().ofMaxSize(4), Arbitraries.of(SeedFiles.ALL), textDamage())
                .as((mutations, damagedFile, damage) -> {
                    Map<String, List<Map<String, Object>>> folder = validFolder();
                    for (Mutation m : mutations) {
                        apply(folder, m);
                    }
                    Map<String, String> texts = new LinkedHashMap<>();
                    folder.forEach((file, records) -> texts.put(file, yaml(records)));
                    String text = texts.get(damagedFile);
                    texts.put(damagedFile, damage(text, damage));
                    return new Folder(texts);
                });
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, List<Map<String, Object>>> folder, Mutation m) {
        List<Map<String, Object>> records = folder.get(m.file());
        if (m.kind().equals("empty file")) {
            records.clear();
            return;
        }
        if (records.isEmpty()) {
            return;
        }
        int index = m.record() % records.size();
        Map<String, Object> record = records.get(index);
        if (record == null) {
            return;
        }
        switch (m.kind()) {
            case "set" -> record.put(m.field(), m.value());
            case "number" -> {
                Object value = m.number();
                if (record.containsKey("latitude")) {
                    record.put(Math.abs(m.field().hashCode()) % 2 == 0 ? "latitude" : "longitude", value);
                } else if (record.get("figures") instanceof List<?> list
                        && !list.isEmpty()
                        && list.get(0) instanceof Map<?, ?> f) {
                    Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) f);
                    changed.put("value", value);
                    record.put("figures", List.of(changed));
                } else {
                    record.put("amount_usd", value);
                }
            }
            case "remove" -> record.remove(m.field());
            case "duplicate" -> records.add(new LinkedHashMap<>(record));
            case "null entry" -> records.add(null);
            case "figure" -> {
                Object figures = record.get("figures");
                if (figures instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> figure) {
                    Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) figure);
                    changed.put(
                            List.of("label", "value", "qualifier", "unit", "period", "attributed_to", "colour")
                                    .get(Math.abs(m.field().hashCode()) % 7),
                            m.value());
                    record.put("figures", List.of(changed));
                }
            }
            default -> throw new IllegalStateException(m.kind());
        }
    }

    static String yaml(List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return "";
        }
        try {
            return YAML.writeValueAsString(records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String damage(String text, String damage) {
        return switch (damage) {
            case "tab" -> text.replaceFirst("\n  ", "\n\t");
            case "unclosed quote" -> text.replaceFirst(": \"", ": \"\"\"");
            case "bom" -> "\uFEFF" + text;
            case "documents" -> text + "\n---\n" + text;
            case "alias bomb" ->
                "- &a [x, x, x, x, x, x, x, x, x, x]\n- &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "- &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n- &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "- &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n- &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
            case "mapping" -> "records:\n" + text.replaceAll("(?m)^", "  ");
            case "truncated" -> {
                int cut = text.length() / 2;
                yield text.substring(0, cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut);
            }
            case "missing file" -> null;
            case "scalar" -> "just some text";
            case "java tag" ->
                "- !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n";
            case "anchor" -> text.replaceFirst("- ", "- &r ") + "- *r\n";
            case "crlf" -> text.replace("\n", "\r\n");
            case "indent" -> text.replaceFirst("\n  (\\w)", "\n   $1");
            default -> text;
        };
    }

    // ---- the property ----

    @Property(
            tries = 10_000,
            generation = net.jqwik.api.GenerationMode.RANDOMIZED,
            edgeCases = net.jqwik.api.EdgeCasesMode.NONE,
            seed = "20261203")
    void aSeedFolderLoadsWhollyOrIsRefusedNamingFileAndRecord(@ForAll("folders") Folder folder) throws IOException {
        TRIES.incrementAndGet();
        for (String file : SeedFiles.ALL) {
            Path path = dir.resolve(file);
            String text = folder.texts().get(file);
            if (text == null) {
                Files.deleteIfExists(path);
            } else {
                Files.writeString(path, text, StandardCharsets.UTF_8);
            }
        }
        Counts before = counts();
        String outcome = transactions.executeWrite(status -> {
            status.setRollbackOnly();
            try {
                SeedLoader.Report report = loader.load(SeedFiles.fromDirectory(dir));
                Counts after = counts();
                assertThat(after.records() - before.records())
                        .as("%s\nrecords created", folder)
                        .isEqualTo(report.created().entrySet().stream()
                                .filter(e -> List.of("SOURCE", "JURISDICTION", "PERSON", "STATEMENT")
                                        .contains(e.getKey().name()))
                                .mapToLong(Map.Entry::getValue)
                                .sum());
                assertThat(after.audit() - before.audit())
                        .as("%s\none audit entry per record created", folder)
                        .isEqualTo(report.totalCreated());
                return "loaded";
            } catch (SeedException refused) {
                assertThat(refused.problems())
                        .as("%s\nthe refusal lists problems", folder)
                        .isNotEmpty();
                for (String problem : refused.problems()) {
                    assertThat(SeedFiles.ALL)
                            .as("%s\n'%s' names its file", folder, problem)
                            .anyMatch(problem::startsWith);
                    assertThat(problem)
                            .as("%s\n'%s' names a record or a line, or what is missing", folder, problem)
                            .containsAnyOf("record", " line ", "missing from", "cycle", "empty list entry");
                    assertThat(problem)
                            .as("%s\n'%s' is in words", folder, problem)
                            .doesNotContain("Exception")
                            .doesNotContain("java.")
                            .doesNotContain("com.fasterxml")
                            .doesNotContain("org.yaml")
                            .doesNotContain("SQL");
                }
                if (refused.problems().stream().anyMatch(p -> p.contains("the database refused"))) {
                    BY_THE_DATABASE.incrementAndGet();
                }
                return "refused";
            }
        });
        (outcome.equals("loaded") ? LOADED : REFUSED).incrementAndGet();
        assertThat(counts()).as("%s\nnothing is left written", folder).isEqualTo(before);
    }
}
