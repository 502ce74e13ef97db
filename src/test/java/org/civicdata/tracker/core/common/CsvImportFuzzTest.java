package org.civicdata.tracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.JurisdictionCsv;
import org.civicdata.tracker.record.jurisdiction.JurisdictionImport;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.statement.StatementImport;
import org.civicdata.tracker.record.statement.StatementRepository;

/**
 * Generated bad CSV files through the two real imports (jurisdictions, statements) and the database:
 * wrong, missing, repeated and mis-cased headers, a byte order mark, ragged rows, quotes that do not
 * close, formula prefixes, enormous cells and numbers, impossible dates, names that match nothing,
 * bytes that are not UTF-8, every line ending. For every file:
 * <ul>
 * <li>the preview either lists problems, each with its line and column and words, or is clean; if the
 *     CSV reader cannot read the file at all, the refusal the import view shows names the reason
 *     (never Java's text), and only the CSV reader may be what refused;</li>
 * <li>a preview with problems cannot be committed, and nothing is written;</li>
 * <li>a clean preview commits, in a transaction this test rolls back, writing exactly the rows it said
 *     (records and audit entries counted), or is refused naming the line with nothing written;</li>
 * <li>before and after, the counts of records, citations and audit entries are the same.</li>
 * </ul>
 */
@Slow
class CsvImportFuzzTest {

    private static final StaffPrincipal EDITOR = new StaffPrincipal("fuzz-editor", StaffRole.EDITOR, false);
    private static final StaffPrincipal CONTRIBUTOR =
            new StaffPrincipal("fuzz-contributor", StaffRole.CONTRIBUTOR, false);

    private static ApplicationContext context;
    private static JurisdictionImport jurisdictionImport;
    private static StatementImport statementImport;
    private static JurisdictionRepository jurisdictions;
    private static StatementRepository statements;
    private static CitationRepository citations;
    private static AuditEntryRepository audit;
    private static TransactionOperations<Connection> transactions;
    private static final Map<String, Stats> STATS = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** What one property saw, for the report. */
    static final class Stats {
        final long startedAt = System.nanoTime();
        final AtomicInteger tries = new AtomicInteger();
        final AtomicInteger withProblems = new AtomicInteger();
        final AtomicInteger unreadable = new AtomicInteger();
        final AtomicInteger committed = new AtomicInteger();
        final AtomicInteger refusedAtCommit = new AtomicInteger();

        @Override
        public String toString() {
            return String.format(
                    "%d files in %.1f s: %d with problems listed, %d unreadable, %d committed (rolled back), "
                            + "%d refused at commit",
                    tries.get(),
                    (System.nanoTime() - startedAt) / 1e9,
                    withProblems.get(),
                    unreadable.get(),
                    committed.get(),
                    refusedAtCommit.get());
        }
    }

    @BeforeContainer
    @SuppressWarnings("unchecked")
    static void start() {
        context = ApplicationContext.builder().environments("test").start();
        TestSeeds.ensureLoaded(context.getBean(SeedLoader.class));
        jurisdictionImport = context.getBean(JurisdictionImport.class);
        statementImport = context.getBean(StatementImport.class);
        jurisdictions = context.getBean(JurisdictionRepository.class);
        statements = context.getBean(StatementRepository.class);
        citations = context.getBean(CitationRepository.class);
        audit = context.getBean(AuditEntryRepository.class);
        transactions = context.getBean(TransactionOperations.class);
    }

    @AfterContainer
    static void stop() {
        STATS.forEach((name, stats) -> System.out.println("CsvImportFuzzTest." + name + ": " + stats));
        if (context != null) {
            context.close();
        }
    }

    record Counts(long jurisdictions, long statements, long citations, long audit) {}

    private static Counts counts() {
        return new Counts(jurisdictions.count(), statements.count(), citations.count(), audit.count());
    }

    /** A generated file: its bytes, and who imports it. */
    record CsvFile(byte[] bytes, boolean byEditor, boolean bom) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return (byEditor ? "editor" : "contributor") + " imports "
                    + (text.length() > 600 ? text.substring(0, 600) + "… (" + text.length() + " characters)" : text);
        }
    }

    // ---- generators shared by both imports ----

    /** Cells nobody should be able to import as they are, or that test the edges of what is allowed. */
    static Arbitrary<String> nastyCell() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        " ",
                        "=1+1",
                        "+1",
                        "-1",
                        "@SUM(A1)",
                        "'=1+1",
                        "''",
                        "\"",
                        "\"\"",
                        "a\"b",
                        "\"quoted\"",
                        "a,b",
                        "a\nb",
                        "a\r\nb",
                        "\t",
                        "\u0000",
                        "%00",
                        "\uFEFF",
                        "\u202Eevil",
                        "\uD83D\uDE00",
                        "Ｃｈｉｃａｇｏ",
                        "NULL",
                        "null",
                        "' OR 1=1 --",
                        "'; DROP TABLE jurisdiction; --",
                        "<script>x</script>",
                        "../../etc/passwd",
                        "${jndi:ldap://x/a}",
                        "1e999999999",
                        "-1e999999999",
                        "1e-999999999",
                        "99999999999999999999999999",
                        "NaN",
                        "Infinity",
                        "-0",
                        "0x1F",
                        "1,5",
                        "41.881234567891234",
                        "2024-02-30",
                        "2023-02-29",
                        "2024-13",
                        "0000",
                        "9999-12-31",
                        "2999-01-01",
                        "yes",
                        "maybe"),
                Arbitraries.strings().all().ofMaxLength(15),
                Arbitraries.frequencyOf(
                                Tuple.of(5, Arbitraries.integers().between(150, 3_000)),
                                Tuple.of(1, Arbitraries.integers().between(30_000, 70_000)))
                        .flatMap(n -> Arbitraries.of("x", "é", "中", "😀", "\"").map(s -> s.repeat(n))));
    }

    /** One CSV cell as written in the file: quoted when it has to be (or at random), or raw (maybe breaking the file). */
    static Arbitrary<String> written(Arbitrary<String> cell) {
        return Combinators.combine(
                        cell, Arbitraries.frequency(Tuple.of(6, "auto"), Tuple.of(2, "quoted"), Tuple.of(1, "raw")))
                .as((value, how) -> switch (how) {
                    case "quoted" -> quote(value);
                    case "raw" -> value;
                    default -> needsQuotes(value) ? quote(value) : value;
                });
    }

    static boolean needsQuotes(String value) {
        return value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0
                || !value.isEmpty() && (value.charAt(0) <= ' ' || value.charAt(value.length() - 1) <= ' ');
    }

    static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /**
     * A file from a header and rows of cells (by column): rows made ragged at random, a line ending
     * for the file, maybe a byte order mark, maybe not UTF-8 at all.
     */
    static Arbitrary<CsvFile> files(Arbitrary<List<String>> header, Function<String, Arbitrary<String>> cellOf) {
        return header.flatMap(columns -> {
            Arbitrary<List<String>> row = Combinators.combine(
                            columns.stream().map(c -> written(cellOf.apply(c))).toList())
                    .as(cells -> cells)
                    .withoutEdgeCases();
            Arbitrary<String> ragged = Combinators.combine(
                            row,
                            Arbitraries.integers().between(-3, 3),
                            Arbitraries.frequency(Tuple.of(8, false), Tuple.of(1, true)))
                    .as((line, extra, rag) -> {
                        if (!rag || extra == 0) {
                            return String.join(",", line);
                        }
                        List<String> cells = new ArrayList<>(line);
                        if (extra > 0) {
                            for (int i = 0; i < extra; i++) {
                                cells.add("extra" + i);
                            }
                        } else {
                            cells = cells.subList(0, Math.max(0, cells.size() + extra));
                        }
                        return String.join(",", cells);
                    });
            return Combinators.combine(
                            ragged.list().ofMaxSize(5),
                            Arbitraries.of("\n", "\r\n", "\r"),
                            Arbitraries.frequency(Tuple.of(6, "utf8"), Tuple.of(2, "bom"), Tuple.of(1, "latin1")),
                            Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)),
                            Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)))
                    .as((rows, eol, encoding, trailingBlank, byEditor) -> {
                        StringBuilder text = new StringBuilder(String.join(
                                ",",
                                columns.stream()
                                        .map(c -> needsQuotes(c) ? quote(c) : c)
                                        .toList()));
                        for (String r : rows) {
                            text.append(eol).append(r);
                        }
                        text.append(trailingBlank ? eol + eol : eol);
                        byte[] bytes = switch (encoding) {
                            case "bom" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                            case "latin1" ->
                                text.toString().replace('é', '\u00e9').getBytes(StandardCharsets.ISO_8859_1);
                            default -> text.toString().getBytes(StandardCharsets.UTF_8);
                        };
                        return new CsvFile(bytes, byEditor, encoding.equals("bom"));
                    });
        });
    }

    /** The layout's columns, or a header that is wrong in one of the ways people get it wrong. */
    static Arbitrary<List<String>> header(List<String> columns, List<String> required) {
        Arbitrary<List<String>> valid = Arbitraries.subsetOf(columns)
                .map(chosen -> {
                    List<String> header = new ArrayList<>(required);
                    columns.stream()
                            .filter(c -> chosen.contains(c) && !required.contains(c))
                            .forEach(header::add);
                    return header;
                })
                .flatMap(h -> Arbitraries.shuffle(h));
        Arbitrary<List<String>> wrong = Combinators.combine(
                        valid,
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.of(
                                "population",
                                "SLUG",
                                "Name",
                                " slug",
                                "slug ",
                                "",
                                "speaker\u0000",
                                "=cmd|' /C calc'!A0",
                                "\"",
                                "slug,name",
                                "x".repeat(5000),
                                "publication_state",
                                "id",
                                "version"))
                .as((h, how, odd) -> {
                    List<String> header = new ArrayList<>(h);
                    switch (how) {
                        case 0 -> header.add(odd);
                        case 1 -> header.remove(0);
                        case 2 -> header.add(header.get(0));
                        case 3 -> header.set(0, header.get(0).toUpperCase(java.util.Locale.ROOT));
                        case 4 -> header.set(header.size() - 1, odd);
                        case 5 -> header.add(0, odd);
                        case 6 -> header.clear();
                        default -> header.add("");
                    }
                    return header;
                });
        return Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(1, wrong));
    }

    // ---- jurisdictions ----

    @Provide
    Arbitrary<CsvFile> jurisdictionFiles() {
        return files(header(JurisdictionCsv.COLUMNS, List.of("slug", "name", "kind", "state")), column -> {
            Arbitrary<String> good = switch (column) {
                case "slug" ->
                    Arbitraries.of(
                            "fuzzville-il",
                            "fuzz-county-il",
                            "fuzz-2-ca",
                            "chicago-il",
                            "illinois-il",
                            "Fuzzville-IL",
                            "fuzz--il",
                            "fuzz il",
                            "-fuzz",
                            "x".repeat(101));
                case "name" ->
                    Arbitraries.of(
                            "Fuzzville", "Chicago", "Fuzz County", "São Paulo", "Ōsaka", "O'Hare", "N".repeat(200));
                case "kind" -> Arbitraries.of("CITY", "county", " State ", "CONSOLIDATED_CITY_COUNTY", "VILLAGE", "");
                case "state" -> Arbitraries.of("IL", "il", " CA ", "DC", "PR", "ZZ", "Illinois", "");
                case "fips" ->
                    Arbitraries.of("", "17", "1714000", "17031", "06075", "1", "17-031", "١٧٠٣١", "00000000000000");
                case "latitude" ->
                    Arbitraries.of("", "41.88", "-90", "90.0000001", "41.881234567", "4.1e1", "1E+2", " 41 ");
                case "longitude" -> Arbitraries.of("", "-87.6", "180", "-180.5", "-87.623177123", "1e2");
                case "parent" ->
                    Arbitraries.of("", "illinois-il", "cook-county-il", "fuzzville-il", "atlantis-zz", "chicago-il");
                default -> Arbitraries.of("", "1");
            };
            return Arbitraries.frequencyOf(Tuple.of(3, good), Tuple.of(1, nastyCell()));
        });
    }

    @Property(
            tries = 10_000,
            generation = net.jqwik.api.GenerationMode.RANDOMIZED,
            edgeCases = net.jqwik.api.EdgeCasesMode.NONE,
            seed = "20261203")
    void aJurisdictionFileIsImportedWhollyOrRefusedNamingLineAndColumn(@ForAll("jurisdictionFiles") CsvFile file) {
        check(
                "jurisdictions",
                file,
                reader -> jurisdictionImport.preview(who(file), reader),
                (preview, done) -> jurisdictionImport.commit(who(file), (JurisdictionImport.Preview) preview, done));
    }

    // ---- statements ----

    @Provide
    Arbitrary<CsvFile> statementFiles() {
        return files(header(StatementImport.COLUMNS, List.of("speaker", "text", "kind")), column -> {
            Arbitrary<String> good = switch (column) {
                case "speaker" ->
                    Arbitraries.of("Rahm Emanuel", "Bill de Blasio", "rahm emanuel", "Rahm Emanuel ", "Nobody", "");
                case "text" -> Arbitraries.of("A fuzzed quote.", "  spaced  ", "“Curly” — dash", "T".repeat(5000), "");
                case "kind" -> Arbitraries.of("QUOTE", "paraphrase", "Quote ", "QUIP", "");
                case "said" ->
                    Arbitraries.of(
                            "", "2018", "2018-01", "2018-01-24", "2018-02-30", "2099-01-01", "18-01-24", "2018-1-5");
                case "said_inferred" -> Arbitraries.of("", "true", "no", "YES", "1", "maybe");
                case "jurisdiction" -> Arbitraries.of("", "chicago-il", "atlantis-zz", "Chicago-IL");
                case "venue" -> Arbitraries.of("", "INTERVIEW", "speech", "PODCAST");
                case "source" ->
                    Arbitraries.of(
                            "",
                            "Mexican Government Intends to Collaborate With Sanctuary Cities",
                            "(sanctuary cities) mayors boycott White House meeting",
                            "No such source",
                            "http://example.org/none");
                default -> Arbitraries.of("", "fuzz", "N".repeat(3000));
            };
            return Arbitraries.frequencyOf(Tuple.of(3, good), Tuple.of(1, nastyCell()));
        });
    }

    @Property(
            tries = 10_000,
            generation = net.jqwik.api.GenerationMode.RANDOMIZED,
            edgeCases = net.jqwik.api.EdgeCasesMode.NONE,
            seed = "20261203")
    void aStatementFileIsImportedWhollyOrRefusedNamingLineAndColumn(@ForAll("statementFiles") CsvFile file) {
        check(
                "statements",
                file,
                reader -> statementImport.preview(who(file), reader),
                (preview, done) -> statementImport.commit(who(file), (StatementImport.Preview) preview, done));
    }

    // ---- the property both share ----

    interface Previewer {
        CsvPreview<?> preview(Reader reader) throws IOException;
    }

    interface Committer {
        int commit(CsvPreview<?> preview, java.util.function.IntConsumer done);
    }

    private static StaffPrincipal who(CsvFile file) {
        return file.byEditor() ? EDITOR : CONTRIBUTOR;
    }

    private static void check(String name, CsvFile file, Previewer previewer, Committer committer) {
        Stats stats = STATS.computeIfAbsent(name, n -> new Stats());
        if (stats.tries.incrementAndGet() % 2000 == 0) {
            System.out.println("CsvImportFuzzTest." + name + ": " + stats);
        }
        Counts before = counts();

        CsvPreview<?> preview;
        try {
            // As the import view reads an upload.
            preview = previewer.preview(CsvCells.reader(file.bytes()));
        } catch (IOException | RuntimeException e) {
            // Only the CSV reader (or the UTF-8 decoder under it) may refuse a whole file; the view says why in words.
            assertThat(fromTheReader(e))
                    .as("%s was refused by %s, not by the CSV reader", file, e)
                    .isTrue();
            String refusal = CsvProblem.unreadable(e);
            assertThat(refusal)
                    .startsWith("The file is")
                    .contains("Nothing was written")
                    .doesNotContain("Exception")
                    .doesNotContain("java.");
            stats.unreadable.incrementAndGet();
            assertThat(counts()).as("an unreadable file writes nothing").isEqualTo(before);
            return;
        }
        assertThat(counts()).as("a preview writes nothing").isEqualTo(before);
        if (file.bom()) {
            // Excel's "CSV UTF-8" starts with a byte order mark: read as if it were not there.
            try {
                byte[] without = java.util.Arrays.copyOfRange(file.bytes(), 3, file.bytes().length);
                assertThat(previewer.preview(CsvCells.reader(without)).problems())
                        .as("%s: with and without a BOM", file)
                        .hasToString(preview.problems().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
        for (CsvProblem problem : preview.problems()) {
            assertThat(problem.line())
                    .as("%s: problem %s names a line of the file", file, problem)
                    .isBetween(1L, lines);
            assertThat(problem.column())
                    .as("%s: problem %s names a column", file, problem)
                    .isNotNull();
            assertThat(problem.message())
                    .as("%s: problem %s says what is wrong", file, problem)
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("java.");
        }
        if (!preview.problems().isEmpty()) {
            stats.withProblems.incrementAndGet();
            assertThat(preview.canCommit()).isFalse();
            try {
                committer.commit(preview, n -> {});
                throw new AssertionError(file + ": a preview with problems was committed");
            } catch (InvalidInputException expected) {
                assertThat(expected.getMessage()).contains("nothing was written");
            }
            assertThat(counts()).as("%s: a refused file writes nothing", file).isEqualTo(before);
            return;
        }
        // A clean preview: commit it for real, count what it wrote, and roll it back.
        long creates = preview.creates();
        long writes = preview.rows().stream().filter(r -> r.outcome().writes()).count();
        String outcome = transactions.executeWrite(status -> {
            status.setRollbackOnly();
            try {
                int written = committer.commit(preview, n -> {});
                Counts after = counts();
                assertThat(written).as("%s: rows written", file).isEqualTo((int) writes);
                assertThat(after.audit() - before.audit())
                        .as("%s: one audit entry per row written", file)
                        .isEqualTo(writes);
                assertThat(
                                name.equals("jurisdictions")
                                        ? after.jurisdictions() - before.jurisdictions()
                                        : after.statements() - before.statements())
                        .as("%s: records created", file)
                        .isEqualTo(creates);
                return "committed";
            } catch (InvalidInputException refused) {
                assertThat(refused.getMessage())
                        .as("%s: a refusal at commit names the line", file)
                        .contains("line ")
                        .contains("Nothing was written")
                        .doesNotContain("Exception");
                return "refused";
            }
        });
        (outcome.equals("committed") ? stats.committed : stats.refusedAtCommit).incrementAndGet();
        assertThat(counts()).as("%s: rolled back", file).isEqualTo(before);
    }

    /** The exception came out of Commons CSV or the charset decoder (a file it cannot read), not from our checks. */
    private static boolean fromTheReader(Throwable e) {
        if (e instanceof java.nio.charset.CharacterCodingException
                || e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return true;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.apache.commons.csv.")) {
                return true;
            }
            if (frame.getClassName().startsWith("org.civicdata.")) {
                return false;
            }
        }
        return false;
    }
}
