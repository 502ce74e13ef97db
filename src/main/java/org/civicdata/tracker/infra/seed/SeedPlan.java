package org.civicdata.tracker.infra.seed;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedRecords.EventSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.FundingThreatSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.Keyed;
import org.civicdata.tracker.infra.seed.SeedRecords.SeedData;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.CourtCaseHistory;
import org.civicdata.tracker.record.funding.ThreatStatus;

/**
 * Every record a seed folder describes, in the order {@link SeedLoader} writes them: what a record
 * refers to comes before it (sources, jurisdictions parents first, people, then what refers to them;
 * a funding threat's court cases right after it). Each record is built from its seed by
 * {@link SeedEntities} once the ids of what it refers to are known.
 */
final class SeedPlan {

    private SeedPlan() {}

    /** One record to write: where its seed is, its type, and how it is built from the ids written before it. */
    record Step(
            String file,
            RecordType type,
            Keyed seed,
            Function<Ids, PublishableRecord> build,
            Function<Ids, Map<String, Object>> parts) {
        Step(String file, RecordType type, Keyed seed, Function<Ids, PublishableRecord> build) {
            this(file, type, seed, build, ids -> Map.of());
        }
    }

    /** The ids of the records written so far or found already present, by type and seed key. */
    static final class Ids {
        private final Map<RecordType, Map<String, Long>> byType = new EnumMap<>(RecordType.class);

        void put(RecordType type, String key, long id) {
            byType.computeIfAbsent(type, t -> new HashMap<>()).put(key, id);
        }

        @Nullable
        Long of(RecordType type, @Nullable String key) {
            return key == null ? null : byType.getOrDefault(type, Map.of()).get(key);
        }
    }

    /**
     * The steps, type by type in the order written; each type's are listed only when the loader reaches
     * them, so a cycle among jurisdictions' parents stops the load where it is found.
     */
    static List<Supplier<Iterable<Step>>> inOrder(SeedData data) {
        return List.of(
                () -> each(
                        data.sources(),
                        s -> new Step(SeedFiles.SOURCES, RecordType.SOURCE, s, ids -> SeedEntities.source(s))),
                () -> parentsFirst(data.jurisdictions()),
                () -> each(
                        data.people(),
                        p -> new Step(SeedFiles.PEOPLE, RecordType.PERSON, p, ids -> SeedEntities.person(p))),
                () -> each(
                        data.statements(),
                        s -> new Step(
                                SeedFiles.STATEMENTS,
                                RecordType.STATEMENT,
                                s,
                                ids -> SeedEntities.statement(
                                        s,
                                        ids.of(RecordType.PERSON, s.speaker()),
                                        ids.of(RecordType.JURISDICTION, s.jurisdiction())))),
                () -> each(
                        data.designations(),
                        d -> new Step(
                                SeedFiles.DESIGNATIONS,
                                RecordType.DESIGNATION,
                                d,
                                ids -> SeedEntities.designation(d, ids.of(RecordType.JURISDICTION, d.jurisdiction())))),
                () -> each(
                        data.policyPositions(),
                        p -> new Step(
                                SeedFiles.POLICY_POSITIONS,
                                RecordType.POLICY_POSITION,
                                p,
                                ids -> SeedEntities.position(p, ids.of(RecordType.JURISDICTION, p.jurisdiction())))),
                () -> each(
                        data.dojLetters(),
                        l -> new Step(
                                SeedFiles.DOJ_LETTERS,
                                RecordType.DOJ_LETTER,
                                l,
                                ids -> SeedEntities.letter(l, ids.of(RecordType.JURISDICTION, l.jurisdiction())),
                                ids -> SeedEntities.initialHistory(
                                        LetterStatus.valueOf(l.status()), l.sentOn(), firstSource(ids, l)))),
                () -> threatsWithTheirCases(data.fundingThreats()),
                () -> each(
                        data.events(),
                        e -> new Step(
                                SeedFiles.EVENTS,
                                RecordType.EVENT,
                                e,
                                ids -> SeedEntities.event(e),
                                ids -> eventParts(e))));
    }

    private static <S> List<Step> each(List<S> seeds, Function<S, Step> step) {
        return seeds.stream().map(step).toList();
    }

    private static List<Step> threatsWithTheirCases(List<FundingThreatSeed> threats) {
        List<Step> steps = new ArrayList<>();
        for (FundingThreatSeed t : threats) {
            steps.add(new Step(
                    SeedFiles.FUNDING_THREATS,
                    RecordType.FUNDING_THREAT,
                    t,
                    ids -> SeedEntities.threat(
                            t,
                            ids.of(RecordType.JURISDICTION, t.jurisdiction()),
                            ids.of(RecordType.DOJ_LETTER, t.dojLetter())),
                    ids -> SeedEntities.initialHistory(
                            ThreatStatus.valueOf(t.status()), t.announcedOn(), firstSource(ids, t))));
            for (var c : t.courtCases() == null ? List.<SeedRecords.CourtCaseSeed>of() : t.courtCases()) {
                steps.add(new Step(
                        SeedFiles.FUNDING_THREATS,
                        RecordType.COURT_CASE,
                        c,
                        ids -> SeedEntities.courtCase(c, ids.of(RecordType.FUNDING_THREAT, t.key())),
                        ids -> SeedEntities.initialHistory(
                                CourtCaseHistory.initialStatus(c.rulingOn(), c.outcome()),
                                c.rulingOn(),
                                firstSource(ids, c))));
            }
        }
        return steps;
    }

    /** The id of the seed's first source (the one its initial status entry cites); null when it cites none. */
    private static @Nullable Long firstSource(Ids ids, Keyed seed) {
        return seed.sources() == null || seed.sources().isEmpty()
                ? null
                : ids.of(RecordType.SOURCE, seed.sources().get(0));
    }

    /** An event's jurisdictions and figures, written and audited with it. */
    private static Map<String, Object> eventParts(EventSeed e) {
        List<String> slugs = e.jurisdictions() == null ? List.of() : e.jurisdictions();
        List<Map<String, Object>> figures = (e.figures() == null ? List.<SeedRecords.FigureSeed>of() : e.figures())
                .stream()
                        .map(f -> EventFigures.part(
                                f.label(),
                                f.value(),
                                f.qualifier() == null ? null : FigureQualifier.valueOf(f.qualifier()),
                                FigureUnit.valueOf(f.unit()),
                                f.period(),
                                f.attributedTo()))
                        .toList();
        return Map.of("jurisdictions", slugs, EventFigures.PART, figures);
    }

    /**
     * Jurisdictions parents before children, whatever the file order, as the loader takes them: passes
     * over those left, each taking in file order those whose parent was taken before; a pass that takes
     * none means their parents form a cycle.
     */
    private static Iterable<Step> parentsFirst(List<JurisdictionSeed> seeds) {
        return () -> new Iterator<>() {
            private final List<JurisdictionSeed> pending = new ArrayList<>(seeds);
            private final Set<String> taken = new HashSet<>();
            private int index;
            private boolean tookInThisPass;

            @Override
            public boolean hasNext() {
                while (!pending.isEmpty()) {
                    if (index == pending.size()) {
                        if (!tookInThisPass) {
                            throw new SeedException(List.of(SeedFiles.JURISDICTIONS + ": parents form a cycle among "
                                    + pending.stream()
                                            .map(JurisdictionSeed::slug)
                                            .toList()));
                        }
                        index = 0;
                        tookInThisPass = false;
                    }
                    JurisdictionSeed j = pending.get(index);
                    if (j.parent() == null || taken.contains(j.parent())) {
                        return true;
                    }
                    index++;
                }
                return false;
            }

            @Override
            public Step next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                JurisdictionSeed j = pending.remove(index);
                taken.add(j.slug());
                tookInThisPass = true;
                return new Step(
                        SeedFiles.JURISDICTIONS,
                        RecordType.JURISDICTION,
                        j,
                        ids -> SeedEntities.jurisdiction(j, ids.of(RecordType.JURISDICTION, j.parent())));
            }
        };
    }
}
