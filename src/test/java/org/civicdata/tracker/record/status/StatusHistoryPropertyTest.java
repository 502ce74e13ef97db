package org.civicdata.tracker.record.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.AuditTrail;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.EditableRecords;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.source.Source;

/**
 * The derived status under random staff work: sequences of history edits (random entries, some undated,
 * some of one date, some empty or citing a source the record does not cite and so refused), saves
 * without the history, reverts to any earlier version, publishes and unpublishes, on a letter and a
 * threat saved through their services. After every step each record's {@code status} is its latest
 * entry's, the audit trail replays to the stored state (status and history), and a refused step writes
 * nothing.
 */
class StatusHistoryPropertyTest {

    private static ApplicationContext context;
    private static final AtomicInteger STEPS = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeContainer
    static void start() {
        context = ApplicationContext.builder().environments("test").start();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("StatusHistoryPropertyTest: %d steps (%d refused)%n", STEPS.get(), REFUSED.get());
        if (context != null) {
            context.close();
        }
    }

    enum Kind {
        SET_HISTORY,
        SAVE_WITHOUT_HISTORY,
        REVERT,
        PUBLISH,
        UNPUBLISH
    }

    /** An entry: index into the type's statuses, a date of a small pool (-1: undated), the source (2: not cited). */
    record Entry(int status, int date, int source) {}

    record Step(Kind kind, boolean onLetter, List<Entry> entries, int version) {}

    private static final String[] DATES = {"2017", "2017-08", "2017-08-03", "2017-10", "2018-01-24"};

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Entry> entry = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(-1, DATES.length - 1),
                        Arbitraries.frequency(
                                net.jqwik.api.Tuple.of(6, 0),
                                net.jqwik.api.Tuple.of(3, 1),
                                net.jqwik.api.Tuple.of(1, 2)))
                .as(Entry::new);
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.frequency(
                                net.jqwik.api.Tuple.of(5, Kind.SET_HISTORY),
                                net.jqwik.api.Tuple.of(1, Kind.SAVE_WITHOUT_HISTORY),
                                net.jqwik.api.Tuple.of(3, Kind.REVERT),
                                net.jqwik.api.Tuple.of(1, Kind.PUBLISH),
                                net.jqwik.api.Tuple.of(1, Kind.UNPUBLISH)),
                        Arbitraries.of(true, false),
                        entry.list().ofMaxSize(4),
                        Arbitraries.integers().between(0, 8))
                .as(Step::new);
        return step.list().ofMinSize(3).ofMaxSize(10);
    }

    @Property(tries = 12, seed = "20261203")
    void theStatusIsAlwaysTheLatestEntrysAndTheTrailReplaysToTheStoredState(@ForAll("steps") List<Step> steps) {
        World world = new World();
        world.check();
        for (Step step : steps) {
            STEPS.incrementAndGet();
            Map<String, Object> before = world.snapshot();
            if (world.apply(step)) {
                REFUSED.incrementAndGet();
                assertThat(world.snapshot())
                        .as("a refused %s writes nothing", step)
                        .isEqualTo(before);
            }
            world.check();
        }
    }

    private static final class World {
        private final RecordEditService editor = context.getBean(RecordEditService.class);
        private final DojLetterService letters = context.getBean(DojLetterService.class);
        private final FundingThreatService threats = context.getBean(FundingThreatService.class);
        private final AuditTrail trail = context.getBean(AuditTrail.class);
        private final AuditEntryRepository audit = context.getBean(AuditEntryRepository.class);
        private final StatusChangeRepository entries = context.getBean(StatusChangeRepository.class);
        private final JsonMapper json = context.getBean(JsonMapper.class);
        private final Source cited;
        private final Source other;
        private final Source notCited;
        private final long letterId;
        private final long threatId;

        World() {
            CitationFixtures make = new CitationFixtures(editor, context.getBean(RecordWriter.class));
            cited = publish(make.source("Property source A"));
            other = publish(make.source("Property source B"));
            notCited = make.source("Property source not cited");
            DojLetter l = new DojLetter();
            l.setRecipients("Property letter " + CitationFixtures.unique());
            letterId = letters.save(CitationFixtures.EDITOR, l, cites(), history(true, List.of(new Entry(0, 1, 0))))
                    .getId();
            FundingThreat t = new FundingThreat();
            t.setScope("Property threat " + CitationFixtures.unique());
            t.setIssuingAuthority("U.S. DOJ");
            t.setInstrument(ThreatInstrument.MEMO);
            threatId = threats.save(CitationFixtures.EDITOR, t, cites(), history(false, List.of(new Entry(0, -1, 0))))
                    .getId();
        }

        private Source publish(Source s) {
            return editor.publish(CitationFixtures.EDITOR, RecordType.SOURCE, s.getId(), s.getVersion());
        }

        private List<Long> cites() {
            return List.of(cited.getId(), other.getId());
        }

        private Map<String, Object> history(boolean letter, List<Entry> given) {
            List<StatusEntry> list = new ArrayList<>();
            Coded[] statuses = letter ? LetterStatus.values() : ThreatStatus.values();
            for (Entry e : given) {
                Long source = switch (e.source()) {
                    case 0 -> cited.getId();
                    case 1 -> other.getId();
                    default -> notCited.getId();
                };
                list.add(StatusHistories.entry(
                        statuses[e.status() % statuses.length], e.date() < 0 ? null : DATES[e.date()], source));
            }
            return StatusHistories.of(list.toArray(StatusEntry[]::new));
        }

        /** Applies a step; true when it was refused (as staff would be told). */
        boolean apply(Step step) {
            try {
                if (step.onLetter()) {
                    run(step, letters, letterId);
                } else {
                    run(step, threats, threatId);
                }
                return false;
            } catch (InvalidInputException | DependentRecordsException | IllegalArgumentException refused) {
                return true;
            }
        }

        private <T extends PublishableRecord> void run(Step step, EditableRecords<T> records, long id) {
            T current = records.find(id).orElseThrow();
            switch (step.kind()) {
                case SET_HISTORY ->
                    records.save(CitationFixtures.EDITOR, current, cites(), history(step.onLetter(), step.entries()));
                case SAVE_WITHOUT_HISTORY -> {
                    current.setNotes("note " + CitationFixtures.unique());
                    records.save(CitationFixtures.EDITOR, current, cites());
                }
                case REVERT ->
                    records.revert(CitationFixtures.EDITOR, current, Math.min(step.version(), current.getVersion()));
                case PUBLISH -> records.publish(CitationFixtures.EDITOR, current);
                case UNPUBLISH -> records.unpublish(CitationFixtures.EDITOR, current);
            }
        }

        Map<String, Object> snapshot() {
            return Map.of(
                    "audit",
                    audit.count(),
                    "entries",
                    entries.count(),
                    "letter",
                    letters.find(letterId).orElseThrow().getVersion() + " " + letters.history(letterId),
                    "threat",
                    threats.find(threatId).orElseThrow().getVersion() + " " + threats.history(threatId));
        }

        void check() {
            DojLetter letter = letters.find(letterId).orElseThrow();
            List<StatusEntry> letterHistory = letters.history(letterId);
            assertThat(letterHistory).isNotEmpty();
            assertThat(letter.getStatus().name())
                    .isEqualTo(StatusHistory.latest(letterHistory).status());
            replays(
                    RecordType.DOJ_LETTER,
                    letterId,
                    letter.getVersion(),
                    letter.getStatus().name(),
                    letterHistory);
            FundingThreat threat = threats.find(threatId).orElseThrow();
            List<StatusEntry> threatHistory = threats.history(threatId);
            assertThat(threatHistory).isNotEmpty();
            assertThat(threat.getStatus().name())
                    .isEqualTo(StatusHistory.latest(threatHistory).status());
            replays(
                    RecordType.FUNDING_THREAT,
                    threatId,
                    threat.getVersion(),
                    threat.getStatus().name(),
                    threatHistory);
        }

        private void replays(RecordType type, long id, int version, String status, List<StatusEntry> stored) {
            Map<String, Object> state = trail.stateAt(type, id, version);
            assertThat(state.get("status"))
                    .as("%s %d status replayed", type, id)
                    .isEqualTo(status);
            assertThat(state.get(StatusHistory.PART))
                    .as("%s %d history replayed", type, id)
                    .isEqualTo(asJson(StatusHistory.part(stored)));
        }

        private Object asJson(Object value) {
            try {
                return json.readValue(json.writeValueAsString(value), Object.class);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
