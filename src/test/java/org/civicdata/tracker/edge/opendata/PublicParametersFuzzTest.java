package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.infra.seed.SeedLoader;

/**
 * Generated bad input against every public address, over real HTTP (a raw socket, so the request
 * target goes out byte for byte as generated: broken escapes, %00, traversal, raw non-ASCII, very
 * long lines). Each request carries a path (the listings and their format suffixes, a
 * jurisdiction's page and record, the other public pages) and a list of parameters, each generated
 * as valid or not (unknown and mis-cased names, repeated names, wrong codes, impossible dates such
 * as 2024-02-30, huge numbers, SQL-ish and very long text, unicode). The property:
 * <ul>
 * <li>never a 5xx, and no body ever shows a stack trace, an exception or the server's name;</li>
 * <li>a request that is valid by the rules of {@link PublicQuery} gets 200 (404 for a slug that is
 *     not published);</li>
 * <li>an invalid one gets a 400 naming one of the parameters at fault (JSON {@code parameter} under
 *     /api, the page's text elsewhere); a malformed address gets a 4xx;</li>
 * <li>nothing is written: the number of audit entries does not move.</li>
 * </ul>
 */
@Slow
class PublicParametersFuzzTest {

    private static ApplicationContext context;
    private static int port;
    private static JsonMapper json;
    private static AuditEntryRepository audit;
    private static long auditAtStart;
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final Map<Integer, AtomicInteger> STATUSES = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static long startedAt;

    /** A published seeded jurisdiction, and names that look like slugs but are not published. */
    static final String KNOWN_SLUG = "chicago-il";

    @BeforeContainer
    static void startTheApp() {
        context = ApplicationContext.builder().environments("test").start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        port = server.getPort();
        json = context.getBean(JsonMapper.class);
        audit = context.getBean(AuditEntryRepository.class);
        TestSeeds.ensureLoaded(context.getBean(SeedLoader.class));
        auditAtStart = audit.count();
        startedAt = System.nanoTime();
    }

    @AfterContainer
    static void stopTheApp() {
        System.out.printf(
                "PublicParametersFuzzTest: %d requests in %.1f s, statuses %s%n",
                TRIES.get(), (System.nanoTime() - startedAt) / 1e9, STATUSES);
        if (context != null) {
            assertThat(audit.count()).as("public requests write nothing").isEqualTo(auditAtStart);
            context.close();
        }
    }

    // ---- the model of a request ----

    /** Where a request goes: whether it takes the listing filters or only asOf, and whether it has a slug. */
    enum Target {
        HOME("/", true, false, false),
        LIST_JSON("/api/jurisdictions", true, true, false),
        LIST_CSV("/api/jurisdictions.csv", true, true, false),
        LIST_GEOJSON("/api/jurisdictions.geojson", true, true, false),
        DETAIL_JSON("/api/jurisdictions/", false, true, true),
        PAGE("/j/", false, false, true),
        CODEBOOK("/codebook", false, false, false),
        OPENAPI("/api/openapi.yml", false, true, false),
        API_DOCS("/api/docs", false, true, false),
        /** Format suffixes that do not exist, and other addresses no route serves: always a 404. */
        NO_SUCH("/api/jurisdictions.xml", false, true, false);

        final String path;
        final boolean listing;
        final boolean api;
        final boolean slugged;

        Target(String path, boolean listing, boolean api, boolean slugged) {
            this.path = path;
            this.listing = listing;
            this.api = api;
            this.slugged = slugged;
        }
    }

    /**
     * One parameter as the server will decode it. {@code raw} parameters are written into the
     * address as they are (possibly malformed); the others are percent-encoded.
     *
     * @param valid whether {@link PublicQuery} accepts this name with this value on a listing
     */
    record Param(String name, String value, boolean valid, boolean raw) {
        String encoded() {
            return raw ? name + "=" + value : encode(name) + "=" + encode(value);
        }

        boolean blank() {
            return value.isBlank();
        }
    }

    /** A slug in the path: {@code wellFormed} when it is percent-encoded (so the route sees it as it is). */
    record Slug(String text, boolean known, boolean wellFormed) {
        String encoded() {
            return wellFormed ? encode(text) : text;
        }

        boolean pathSafe() {
            return text.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0) && !text.matches("\\.+");
        }
    }

    record Request(String method, Target target, Slug slug, List<Param> params) {
        String requestTarget() {
            String path = target.path + (target.slugged ? slug.encoded() : "");
            if (target == Target.NO_SUCH && slug.known()) {
                path = "/api/jurisdictions/" + slug.encoded() + ".csv";
            }
            return params.isEmpty()
                    ? path
                    : path + "?" + params.stream().map(Param::encoded).collect(Collectors.joining("&"));
        }

        /**
         * Whether the address is one the app itself gets to judge: every escape well formed, no path
         * Tomcat refuses itself (an encoded slash or backslash, a NUL, dot segments), and short enough
         * for the server's request line (8 kB); otherwise the server may refuse it before the app.
         */
        boolean wellFormed() {
            return (!target.slugged || slug.wellFormed() && slug.pathSafe())
                    && params.stream().noneMatch(Param::raw)
                    && requestTarget().length() < 7000;
        }

        /** The names the server must refuse (empty: the request is valid), by the rules PublicQuery states. */
        Set<String> offending() {
            Set<String> bad = new LinkedHashSet<>();
            Map<String, Integer> given = new TreeMap<>();
            for (Param p : params) {
                if (!target.listing && !p.name().equals("asOf")) {
                    bad.add(p.name());
                } else if (!p.valid()) {
                    bad.add(p.name());
                }
                if (!p.blank()) {
                    given.merge(p.name(), 1, Integer::sum);
                }
            }
            given.forEach((name, n) -> {
                if (n > 1) {
                    bad.add(name);
                }
            });
            return bad;
        }
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    // ---- generators ----

    static final List<String> ENUM_PARAMS = List.of(
            "stance",
            "letter",
            "threat",
            "kind",
            "self_declared_sanctuary",
            "ice_detainer_limits",
            "agreement_287g",
            "ice_jail_access",
            "release_notification",
            "info_sharing_limits");

    /** Text that is wrong wherever a code or a date is expected, and fine as search words (up to 200 characters). */
    static Arbitrary<String> nastyText() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "' OR 1=1 --",
                        "\"; DROP TABLE jurisdiction; --",
                        "%00",
                        "\u0000",
                        "../../etc/passwd",
                        "..\\..\\windows\\win.ini",
                        "<script>alert(1)</script>",
                        "${jndi:ldap://x/a}",
                        "=HYPERLINK(\"x\")",
                        "\uFEFFSANCTUARY",
                        "SANCTUARY\u0000",
                        "ＳＡＮＣＴＵＡＲＹ",
                        "İL",
                        "ıl",
                        "\uD83D\uDE00",
                        "\u202Eevil",
                        "NaN",
                        "-0",
                        "1e309",
                        "99999999999999999999999999999",
                        "-9223372036854775809",
                        "0x7fffffff",
                        "null",
                        "undefined",
                        "[]",
                        "{}",
                        "true",
                        "SANCTUARY,NON_SANCTUARY",
                        "SANCTUARY NON",
                        "\r\nSet-Cookie: a=b",
                        "a\tb",
                        "％００"),
                Arbitraries.strings()
                        .all()
                        .ofMinLength(1)
                        .ofMaxLength(12)
                        .filter(PublicParametersFuzzTest::noLoneSurrogate),
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withChars("_-ÄéЖ中")
                        .ofMinLength(1)
                        .ofMaxLength(30));
    }

    /** Text that UTF-8 can carry (a lone surrogate cannot be sent at all). */
    static boolean noLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static Arbitrary<String> dates(boolean valid) {
        if (valid) {
            return Arbitraries.oneOf(
                    Arbitraries.of("2024-02-29", "2000-01-01", "0001-01-01", "9999-12-31", "2017-08-15", "1970-01-01"),
                    Arbitraries.integers()
                            .between(1, 9999)
                            .flatMap(y -> Arbitraries.integers()
                                    .between(1, 12)
                                    .flatMap(m -> Arbitraries.integers()
                                            .between(
                                                    1,
                                                    java.time.YearMonth.of(y, m).lengthOfMonth())
                                            .map(d -> String.format("%04d-%02d-%02d", y, m, d)))));
        }
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "2024-02-30",
                        "2023-02-29",
                        "2024-13-01",
                        "2024-00-10",
                        "2024-04-31",
                        "2024-1-1",
                        "24-01-01",
                        "2024/01/01",
                        "01-02-2024",
                        "2024-01-01T00:00",
                        "+999999999-12-31",
                        "２０２４-０１-０１",
                        "2024-01-01\u0000",
                        "2024-01-01 x",
                        "today",
                        "-2024-01-01",
                        "20240101",
                        "99999-01-01",
                        "2024-02-3O"),
                Arbitraries.integers()
                        .between(0, 9999)
                        .flatMap(y -> Arbitraries.integers()
                                .between(0, 99)
                                .flatMap(m -> Arbitraries.integers()
                                        .between(0, 99)
                                        .map(d -> String.format("%04d-%02d-%02d", y, m, d))))
                        .filter(s -> {
                            try {
                                java.time.LocalDate.parse(s);
                                return false;
                            } catch (java.time.DateTimeException e) {
                                return true;
                            }
                        }),
                nastyText());
    }

    static Arbitrary<Param> validParam() {
        Arbitrary<Param> enums = Arbitraries.of(ENUM_PARAMS)
                .flatMap(name -> enumValues(name)
                        .flatMap(v -> Arbitraries.of(v, v.toLowerCase(Locale.ROOT), " " + v + " ", ""))
                        .map(v -> new Param(name, v, true, false)));
        Arbitrary<Param> state = Arbitraries.oneOf(
                        Arbitraries.of("IL", "il", "Ca", "ZZ", "qz", ""),
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2))
                .map(v -> new Param("state", v, true, false));
        Arbitrary<Param> q = Arbitraries.oneOf(
                        nastyText(),
                        Arbitraries.of("chicago", "san francisco", "county", " ", ""),
                        Arbitraries.strings().all().ofMaxLength(200).filter(PublicParametersFuzzTest::noLoneSurrogate))
                .map(v -> new Param("q", v, true, false));
        Arbitrary<Param> asOf =
                Arbitraries.oneOf(dates(true), Arbitraries.just("")).map(v -> new Param("asOf", v, true, false));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, enums),
                net.jqwik.api.Tuple.of(2, state),
                net.jqwik.api.Tuple.of(2, q),
                net.jqwik.api.Tuple.of(4, asOf));
    }

    static Arbitrary<String> enumValues(String parameter) {
        Class<? extends Enum<?>> type = switch (parameter) {
            case "stance" -> org.civicdata.tracker.record.policy.Stance.class;
            case "letter" -> org.civicdata.tracker.record.dojletter.LetterStatus.class;
            case "threat" -> org.civicdata.tracker.record.funding.ThreatStatus.class;
            case "kind" -> org.civicdata.tracker.record.jurisdiction.JurisdictionKind.class;
            default -> org.civicdata.tracker.record.policy.PolicyValue.class;
        };
        return Arbitraries.of(
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static Arbitrary<Param> invalidParam() {
        Arbitrary<Param> badEnum = Combinators.combine(Arbitraries.of(ENUM_PARAMS), nastyText())
                .as((name, v) -> new Param(name, v, false, false))
                .filter(p ->
                        !p.value().isBlank() && !isEnumValue(p.name(), p.value().strip()));
        Arbitrary<Param> badState = Arbitraries.oneOf(nastyText(), Arbitraries.of("ILL", "I", "1L", "I L", "ÏL"))
                .filter(v -> !v.isBlank() && !v.strip().matches("[A-Za-z]{2}"))
                .map(v -> new Param("state", v, false, false));
        Arbitrary<Param> longQ = Arbitraries.integers()
                .between(201, 20_000)
                .flatMap(n -> Arbitraries.of("a", "é", "中", "' OR '1'='1 ").map(s -> s.repeat(n / s.length() + 1)))
                .map(v -> new Param("q", v, false, false));
        Arbitrary<Param> badDate = dates(false).filter(v -> !v.isBlank()).map(v -> new Param("asOf", v, false, false));
        Arbitrary<Param> unknownName = Combinators.combine(
                        Arbitraries.oneOf(
                                Arbitraries.of(
                                        "Stance",
                                        "STANCE",
                                        "asof",
                                        "as_of",
                                        "AsOf",
                                        "stance[]",
                                        "q[0]",
                                        "format",
                                        "page",
                                        "limit",
                                        "callback",
                                        "_",
                                        "x",
                                        "stance ",
                                        " stance",
                                        "stance\u0000",
                                        "\uFEFFstance",
                                        "ﬆance",
                                        "slug",
                                        "id",
                                        "sort",
                                        "__proto__",
                                        "constructor",
                                        "\"",
                                        "'",
                                        "<b>"),
                                nastyText()),
                        Arbitraries.oneOf(Arbitraries.of("", "1", "SANCTUARY"), nastyText()))
                .as((name, v) -> new Param(name, v, false, false))
                .filter(p -> !PublicQuery.PARAMETERS.contains(p.name()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, badEnum),
                net.jqwik.api.Tuple.of(2, badState),
                net.jqwik.api.Tuple.of(1, longQ),
                net.jqwik.api.Tuple.of(4, badDate),
                net.jqwik.api.Tuple.of(4, unknownName));
    }

    /** Written into the address as they are: broken escapes, escapes of bytes that are not UTF-8, raw bytes. */
    static Arbitrary<Param> malformedParam() {
        return Combinators.combine(
                        Arbitraries.of(PublicQuery.PARAMETERS),
                        Arbitraries.of(
                                "%",
                                "%zz",
                                "%0",
                                "%%",
                                "%C0%AE",
                                "%FF%FE",
                                "%ED%A0%80",
                                "%E2%82",
                                "a b",
                                "a\"b",
                                "<x>",
                                "a{b}",
                                "a|b",
                                "a\\b",
                                "a^b",
                                "a`b",
                                "\u00e9",
                                "\u4e2d",
                                "%00%",
                                "%2",
                                "50%"))
                .as((name, v) -> new Param(name, v, false, true));
    }

    /** As the server reads a code: stripped of whitespace, upper-cased. */
    static boolean isEnumValue(String parameter, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        return enumValues(parameter).allValues().orElseThrow().anyMatch(code::equals);
    }

    static Arbitrary<Slug> slugs() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        4,
                        Arbitraries.of(KNOWN_SLUG, "illinois-il", "san-francisco-ca")
                                .map(s -> new Slug(s, true, true))),
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.oneOf(
                                        Arbitraries.of(
                                                "atlantis-zz",
                                                "Chicago-IL",
                                                "chicago-il ",
                                                "chicago",
                                                "chicago-il.json",
                                                "-",
                                                "a",
                                                "0",
                                                "chicago%2Dil"),
                                        nastyText(),
                                        Arbitraries.integers()
                                                .between(100, 6000)
                                                .map("x"::repeat))
                                .map(s -> new Slug(s, false, true))),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                        "..",
                                        "../..",
                                        "../../etc/passwd",
                                        "%2e%2e",
                                        "%2e%2e%2f%2e%2e",
                                        "..%2f..%2fetc%2fpasswd",
                                        "%00",
                                        "chicago-il%00",
                                        "chicago-il%00.html",
                                        "%252e%252e",
                                        "%",
                                        "%zz",
                                        "a/b",
                                        "a;b",
                                        ";jsessionid=x",
                                        "chicago-il;x=y",
                                        "\u00e9",
                                        "%C0%AE%C0%AE",
                                        "%ED%A0%80",
                                        "a b",
                                        "a\\b",
                                        "%5c..%5c",
                                        "...",
                                        "./chicago-il")
                                .map(s -> new Slug(s, false, false))));
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<Param> param = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, validParam()),
                net.jqwik.api.Tuple.of(3, invalidParam()),
                net.jqwik.api.Tuple.of(1, malformedParam()));
        Arbitrary<List<Param>> params = param.list().ofMaxSize(6);
        // Repeated parameters: the same one twice or more.
        Arbitrary<List<Param>> repeated = Combinators.combine(
                        validParam(),
                        validParam().list().ofMaxSize(3),
                        Arbitraries.integers().between(2, 4))
                .as((p, others, n) -> {
                    List<Param> all = new ArrayList<>(others);
                    for (int i = 0; i < n; i++) {
                        all.add(new Param(
                                p.name(),
                                i % 2 == 0 ? p.value() : p.value().toLowerCase(Locale.ROOT),
                                p.valid(),
                                false));
                    }
                    return all;
                });
        Arbitrary<Target> target = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(1, Target.HOME), net.jqwik.api.Tuple.of(4, Target.LIST_JSON),
                net.jqwik.api.Tuple.of(2, Target.LIST_CSV), net.jqwik.api.Tuple.of(2, Target.LIST_GEOJSON),
                net.jqwik.api.Tuple.of(4, Target.DETAIL_JSON), net.jqwik.api.Tuple.of(2, Target.PAGE),
                net.jqwik.api.Tuple.of(1, Target.CODEBOOK), net.jqwik.api.Tuple.of(1, Target.OPENAPI),
                net.jqwik.api.Tuple.of(1, Target.API_DOCS), net.jqwik.api.Tuple.of(1, Target.NO_SUCH));
        // Mostly GET; the other methods must be refused (the public side is read-only), HEAD answered like GET.
        Arbitrary<String> method = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(40, "GET"),
                net.jqwik.api.Tuple.of(2, "HEAD"),
                net.jqwik.api.Tuple.of(1, "POST"),
                net.jqwik.api.Tuple.of(1, "PUT"),
                net.jqwik.api.Tuple.of(1, "DELETE"),
                net.jqwik.api.Tuple.of(1, "PATCH"),
                net.jqwik.api.Tuple.of(1, "TRACE"),
                net.jqwik.api.Tuple.of(1, "OPTIONS"));
        return Combinators.combine(
                        method,
                        target,
                        slugs(),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, params), net.jqwik.api.Tuple.of(1, repeated)))
                .as(Request::new);
    }

    // ---- the property ----

    @Property(tries = 10_000, generation = net.jqwik.api.GenerationMode.RANDOMIZED, seed = "20261203")
    void everyRequestEndsInAClearAnswerNeverAFailure(@ForAll("requests") Request request) throws IOException {
        TRIES.incrementAndGet();
        String target = request.requestTarget();
        Response response = send(request.method(), target);
        STATUSES.computeIfAbsent(response.status, s -> new AtomicInteger()).incrementAndGet();
        String body = response.body;

        assertThat(response.status)
                .as("status of %s %s", request.method(), target)
                .isBetween(200, 499);
        assertThat(body)
                .as("body of GET %s (%d)", target, response.status)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContain("java.lang")
                .doesNotContain("Tomcat")
                .doesNotContain("micronaut")
                .doesNotContain("jdbc")
                .doesNotContain("SQL");

        if (request.method().equals("OPTIONS")) {
            assertThat(response.status).as("OPTIONS %s", target).isIn(200, 204, 400, 403, 404, 405);
            return;
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            assertThat(response.status)
                    .as("%s %s: the public side is read-only", request.method(), target)
                    .isIn(400, 403, 404, 405, 501);
            return;
        }
        if (!request.wellFormed()) {
            // A malformed address: the server may refuse it at any stage, but clearly.
            if (response.status >= 400 && !request.method().equals("HEAD")) {
                assertThat(body)
                        .as("a refusal of GET %s says something", target)
                        .isNotBlank();
            }
            return;
        }
        Set<String> offending = request.offending();
        if (request.target() == Target.NO_SUCH) {
            assertThat(response.status).as("GET %s", target).isIn(400, 404);
            return;
        }
        if (offending.isEmpty()) {
            if (request.target().slugged && !request.slug().known()) {
                assertThat(response.status)
                        .as("GET %s: no such slug; body %s", target, abbreviated(body))
                        .isEqualTo(404);
            } else {
                assertThat(response.status)
                        .as("GET %s: a valid request; body %s", target, abbreviated(body))
                        .isEqualTo(200);
            }
            return;
        }
        assertThat(response.status)
                .as("GET %s: %s at fault; body %s", target, offending, abbreviated(body))
                .isEqualTo(400);
        if (request.method().equals("HEAD")) {
            return;
        }
        if (request.target().api) {
            Map<?, ?> error = json.readValue(body, Map.class);
            assertThat(error.get("parameter"))
                    .as("GET %s names the parameter at fault, one of %s: %s", target, offending, body)
                    .isIn(offending.toArray());
            assertThat((String) error.get("message")).isNotBlank();
        } else {
            assertThat(offending)
                    .as("GET %s: the page names the parameter at fault: %s", target, abbreviated(body))
                    .anySatisfy(name -> assertThat(
                                    readable(org.jsoup.Jsoup.parse(body).text()))
                            .contains("'" + readable(name) + "'"));
        }
    }

    /** Text as a page shows it: runs of white space one space, NUL and its replacement character gone. */
    private static String readable(String text) {
        return text.replaceAll("[\\u0000\\uFFFD]", "").replaceAll("\\s+", " ");
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    record Response(int status, String body) {}

    /** One request with the request target exactly as given (ASCII as is; other characters as UTF-8 bytes). */
    private static Response send(String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            boolean withBody = List.of("POST", "PUT", "PATCH").contains(method);
            try {
                out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                                + (withBody
                                        ? "Content-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"name\":\"Evil\"}"
                                        : "\r\n"))
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (java.net.SocketException refusedMidway) {
                // The server may answer and close before reading all of a long or broken request: its
                // answer is still there to read (and checked below like any other).
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            assertThat(headerEnd)
                    .as("a complete HTTP response to GET %s: %s", target, text)
                    .isPositive();
            String statusLine = text.substring(0, text.indexOf("\r\n"));
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String head = text.substring(0, headerEnd).toLowerCase(Locale.ROOT);
            String body = text.substring(headerEnd + 4);
            if (method.equals("HEAD")) {
                body = "";
            } else if (head.contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Response(status, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (i < bytes.length) {
            int lineEnd = i;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            body.write(bytes, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        out.append(body.toString(StandardCharsets.UTF_8));
        return out.toString();
    }
}
