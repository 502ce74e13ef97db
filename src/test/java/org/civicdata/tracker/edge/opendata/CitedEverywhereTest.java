package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.EditableRecords;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.source.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The citation promise under random staff work: sequences of creates, source edits, publishes (alone
 * or with what they need), unpublishes (alone or with what needs them), deletes and reverts, by
 * editors and contributors, over a small world of sources, a speaker, two jurisdictions and records
 * of every kind on them. After every step, over real HTTP, every item of every public response about
 * that world carries a source: the JSON detail, the page, and the JSON, CSV and GeoJSON listings; and
 * every record the database calls published is shown. A refused step writes nothing.
 */
class CitedEverywhereTest {

    private static ApplicationContext context;
    private static EmbeddedServer server;
    private static BlockingHttpClient http;
    private static final AtomicInteger STEPS = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger SEQUENCES = new AtomicInteger();
    private static long startedAt;

    @BeforeContainer
    static void startTheApp() {
        context = ApplicationContext.builder().environments("test").start();
        server = context.getBean(EmbeddedServer.class);
        server.start();
        http = HttpClient.create(server.getURL()).toBlocking();
        TestSeeds.ensureLoaded(context.getBean(SeedLoader.class));
        startedAt = System.nanoTime();
    }

    @AfterContainer
    static void stopTheApp() {
        System.out.printf(
                "CitedEverywhereTest: %d sequences, %d steps (%d refused) in %.1f s%n",
                SEQUENCES.get(), STEPS.get(), REFUSED.get(), (System.nanoTime() - startedAt) / 1e9);
        if (context != null) {
            context.close();
        }
    }

    enum Kind {
        PUBLISH,
        PUBLISH_WITH_PREREQUISITES,
        UNPUBLISH,
        UNPUBLISH_WITH_DEPENDENTS,
        DELETE,
        SET_SOURCES,
        REVERT
    }

    /** One staff action on one record of the world; {@code sources} picks the sources cited, {@code version} the revert target. */
    record Step(Kind kind, int target, boolean byEditor, int sources, int version) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, World.SIZE - 1),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(4, true), net.jqwik.api.Tuple.of(1, false)),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 6))
                .as(Step::new);
        return step.list().ofMinSize(4).ofMaxSize(14);
    }

    @Property(tries = 30, seed = "20261202")
    void everyPublicItemCitesAPublishedSourceWhateverStaffDo(@ForAll("steps") List<Step> steps) throws IOException {
        SEQUENCES.incrementAndGet();
        World world = new World();
        world.assertPubliclyCited();
        for (Step step : steps) {
            STEPS.incrementAndGet();
            Snapshot before = world.snapshot();
            boolean refused = world.apply(step);
            if (refused) {
                REFUSED.incrementAndGet();
                assertThat(world.snapshot())
                        .as("a refused %s writes nothing", step)
                        .isEqualTo(before);
            }
            world.assertPubliclyCited();
        }
    }

    /** Row counts, citations, audit entries and the world's states and versions. */
    record Snapshot(long records, long citations, long auditEntries, Map<String, String> world) {}

    /** Two sources, a speaker, two jurisdictions, and a record of each kind on them, all drafts at first. */
    static final class World {
        static final int SIZE = 11;
        private final RecordEditService editor = context.getBean(RecordEditService.class);
        private final CitationFixtures make = new CitationFixtures(editor, context.getBean(RecordWriter.class));
        private final Map<RecordType, EditableRecords<?>> services = new HashMap<>();
        private final List<RecordType> types = new ArrayList<>();
        private final List<Long> ids = new ArrayList<>();
        private final Source[] sources = new Source[2];
        private final Jurisdiction[] jurisdictions = new Jurisdiction[2];

        World() {
            for (EditableRecords<?> s : context.getBeansOfType(EditableRecords.class)) {
                services.put(s.type(), s);
            }
            sources[0] = add(RecordType.SOURCE, make.source("World source A"));
            sources[1] = add(RecordType.SOURCE, make.source("World source B"));
            Person speaker = add(RecordType.PERSON, make.person("World speaker", List.of(sources[0].getId())));
            jurisdictions[0] = add(RecordType.JURISDICTION, make.jurisdiction("world", List.of(sources[0].getId())));
            jurisdictions[1] = add(RecordType.JURISDICTION, make.jurisdiction("world", List.of(sources[1].getId())));
            add(RecordType.POLICY_POSITION, make.position(jurisdictions[0], List.of(sources[0].getId())));
            add(RecordType.STATEMENT, make.statement(speaker, jurisdictions[0], List.of(sources[1].getId())));
            var letter = add(RecordType.DOJ_LETTER, make.letter(jurisdictions[1], List.of(sources[0].getId())));
            FundingThreat threat =
                    add(RecordType.FUNDING_THREAT, make.threat(jurisdictions[1], letter, List.of(sources[1].getId())));
            add(RecordType.COURT_CASE, make.courtCase(threat, List.of(sources[0].getId())));
            add(RecordType.EVENT, make.event(List.of(jurisdictions[0], jurisdictions[1]), List.of(sources[1].getId())));
        }

        private <T extends PublishableRecord> T add(RecordType type, T record) {
            types.add(type);
            ids.add(record.getId());
            return record;
        }

        /** Applies the step; true when the service refused it. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        boolean apply(Step step) {
            RecordType type = types.get(step.target());
            long id = ids.get(step.target());
            EditableRecords service = services.get(type);
            Optional<PublishableRecord> found = service.find(id);
            if (found.isEmpty()) {
                return false; // deleted by an earlier step: nothing to do
            }
            PublishableRecord record = found.get();
            StaffPrincipal who = step.byEditor() ? CitationFixtures.EDITOR : CitationFixtures.CONTRIBUTOR;
            try {
                switch (step.kind()) {
                    case PUBLISH -> service.publish(who, record);
                    case PUBLISH_WITH_PREREQUISITES ->
                        editor.publishWithPrerequisites(who, type, id, record.getVersion());
                    case UNPUBLISH -> service.unpublish(who, record);
                    case UNPUBLISH_WITH_DEPENDENTS ->
                        editor.unpublishWithDependents(who, type, id, record.getVersion());
                    case DELETE -> service.delete(who, record);
                    case SET_SOURCES -> {
                        if (type == RecordType.SOURCE) {
                            return false;
                        }
                        List<Long> cited = new ArrayList<>();
                        for (int i = 0; i < 2; i++) {
                            if ((step.sources() & (1 << i)) != 0) {
                                cited.add(sources[i].getId());
                            }
                        }
                        service.save(who, record, cited);
                    }
                    case REVERT -> {
                        if (record.getVersion() == 0) {
                            return false;
                        }
                        service.revert(who, record, step.version() % record.getVersion());
                    }
                }
                return false;
            } catch (DependentRecordsException | InvalidInputException | NotPermittedException refused) {
                return true;
            }
        }

        Snapshot snapshot() {
            long records = 0;
            for (PublishableRepository<?> r : context.getBeansOfType(PublishableRepository.class)) {
                records += r.count();
            }
            Map<String, String> world = new LinkedHashMap<>();
            for (int i = 0; i < SIZE; i++) {
                Optional<?> r = services.get(types.get(i)).find(ids.get(i));
                world.put(
                        types.get(i) + " " + ids.get(i),
                        r.map(x -> ((PublishableRecord) x).getPublicationState() + " v"
                                        + ((PublishableRecord) x).getVersion())
                                .orElse("deleted"));
            }
            return new Snapshot(
                    records,
                    context.getBean(CitationRepository.class).count(),
                    context.getBean(AuditEntryRepository.class).count(),
                    world);
        }

        private boolean published(int index) {
            return services.get(types.get(index))
                    .find(ids.get(index))
                    .map(r -> ((PublishableRecord) r).getPublicationState() == PublicationState.PUBLISHED)
                    .orElse(false);
        }

        private long publishedOn(int jurisdiction, RecordType type) {
            long count = 0;
            for (int i = 0; i < SIZE; i++) {
                if (types.get(i) == type && published(i) && onJurisdiction(i, jurisdiction)) {
                    count++;
                }
            }
            return count;
        }

        /** Where the world's records are attached (as built above). */
        private static boolean onJurisdiction(int index, int jurisdiction) {
            return switch (index) {
                case 5, 6 -> jurisdiction == 0;
                case 7, 8, 9 -> jurisdiction == 1;
                case 10 -> true;
                default -> false;
            };
        }

        /** Every public response about the world, over HTTP: each item has a non-empty {@code sources}. */
        @SuppressWarnings("unchecked")
        void assertPubliclyCited() throws IOException {
            JsonMapper json = context.getBean(JsonMapper.class);
            Set<String> shown = new java.util.HashSet<>();
            for (int j = 0; j < 2; j++) {
                String slug = jurisdictions[j].getSlug();
                Optional<String> body = get("/api/jurisdictions/" + slug);
                assertThat(body.isPresent()).as("%s is public", slug).isEqualTo(published(3 + j));
                if (body.isEmpty()) {
                    assertThat(get("/j/" + slug)).isEmpty();
                    continue;
                }
                shown.add(slug);
                Map<String, Object> detail = json.readValue(body.get(), Map.class);
                int cited = assertCited(slug, detail);
                for (String section : List.of(
                        "policyPositions", "designations", "dojLetters", "fundingThreats", "statements", "events")) {
                    for (Map<String, Object> item : (List<Map<String, Object>>) detail.get(section)) {
                        cited += assertCited(slug + " " + section, item);
                        if (section.equals("fundingThreats")) {
                            for (Map<String, Object> ruling : (List<Map<String, Object>>) item.get("courtCases")) {
                                cited += assertCited(slug + " court case", ruling);
                            }
                        }
                    }
                }
                // Everything the database calls published is shown (nothing says "Published." and stays hidden).
                assertThat(((List<?>) detail.get("policyPositions")).size())
                        .isEqualTo(publishedOn(j, RecordType.POLICY_POSITION));
                assertThat(((List<?>) detail.get("statements")).size()).isEqualTo(publishedOn(j, RecordType.STATEMENT));
                assertThat(((List<?>) detail.get("dojLetters")).size())
                        .isEqualTo(publishedOn(j, RecordType.DOJ_LETTER));
                assertThat(((List<?>) detail.get("fundingThreats")).size())
                        .isEqualTo(publishedOn(j, RecordType.FUNDING_THREAT));
                assertThat(((List<?>) detail.get("events")).size()).isEqualTo(publishedOn(j, RecordType.EVENT));
                long rulings = ((List<Map<String, Object>>) detail.get("fundingThreats"))
                        .stream()
                                .mapToLong(t -> ((List<?>) t.get("courtCases")).size())
                                .sum();
                assertThat(rulings).isEqualTo(publishedOn(j, RecordType.COURT_CASE));

                // The page prints a list of sources for the jurisdiction and for every item, as the JSON has them.
                Document page = Jsoup.parse(get("/j/" + slug).orElseThrow());
                assertThat(page.select("ul.sources"))
                        .as("source lists on /j/%s", slug)
                        .hasSize(cited);
            }
            Map<String, Object> listing =
                    json.readValue(get("/api/jurisdictions").orElseThrow(), Map.class);
            assertThat(((List<Map<String, Object>>) listing.get("items"))
                            .stream()
                                    .map(i -> (String) i.get("slug"))
                                    .filter(this::inWorld)
                                    .collect(Collectors.toSet()))
                    .as("JSON listing")
                    .isEqualTo(shown);
            Map<String, Object> geo =
                    json.readValue(get("/api/jurisdictions.geojson").orElseThrow(), Map.class);
            assertThat(((List<Map<String, Object>>) geo.get("features"))
                            .stream()
                                    .map(f -> (String) f.get("id"))
                                    .filter(this::inWorld)
                                    .collect(Collectors.toSet()))
                    .as("GeoJSON")
                    .isEqualTo(shown);
            List<CSVRecord> csv = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(new StringReader(get("/api/jurisdictions.csv").orElseThrow()))
                    .getRecords();
            assertThat(csv.stream()
                            .map(r -> r.get("slug"))
                            .filter(this::inWorld)
                            .collect(Collectors.toSet()))
                    .as("CSV")
                    .isEqualTo(shown);
        }

        private boolean inWorld(String slug) {
            return slug.equals(jurisdictions[0].getSlug()) || slug.equals(jurisdictions[1].getSlug());
        }

        /** Asserts the item lists at least one source; counts it as one printed list of sources. */
        @SuppressWarnings("unchecked")
        private static int assertCited(String what, Map<String, Object> item) {
            assertThat((List<Object>) item.get("sources"))
                    .as("sources of %s", what)
                    .isNotEmpty();
            return 1;
        }

        private static Optional<String> get(String path) {
            try {
                return Optional.of(http.retrieve(HttpRequest.GET(path), String.class));
            } catch (HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).as("GET %s", path).isEqualTo(404);
                return Optional.empty();
            }
        }
    }
}
