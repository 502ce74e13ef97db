package org.civicdata.tracker.seed;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.civicdata.tracker.audit.RecordWriter;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.common.PublishableRepository;
import org.civicdata.tracker.designation.Designation;
import org.civicdata.tracker.designation.DesignationRepository;
import org.civicdata.tracker.designation.Designator;
import org.civicdata.tracker.dojletter.DojLetter;
import org.civicdata.tracker.dojletter.DojLetterRepository;
import org.civicdata.tracker.dojletter.LetterStatus;
import org.civicdata.tracker.event.Event;
import org.civicdata.tracker.event.EventFigures;
import org.civicdata.tracker.event.EventKind;
import org.civicdata.tracker.event.EventRepository;
import org.civicdata.tracker.event.FigureQualifier;
import org.civicdata.tracker.event.FigureUnit;
import org.civicdata.tracker.funding.CourtCase;
import org.civicdata.tracker.funding.CourtCaseRepository;
import org.civicdata.tracker.funding.FundingThreat;
import org.civicdata.tracker.funding.FundingThreatRepository;
import org.civicdata.tracker.funding.ThreatInstrument;
import org.civicdata.tracker.funding.ThreatStatus;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.person.Person;
import org.civicdata.tracker.person.PersonRepository;
import org.civicdata.tracker.policy.PolicyPosition;
import org.civicdata.tracker.policy.PolicyPositionRepository;
import org.civicdata.tracker.policy.PolicyValue;
import org.civicdata.tracker.policy.PolicyVariable;
import org.civicdata.tracker.seed.SeedRecords.CourtCaseSeed;
import org.civicdata.tracker.seed.SeedRecords.DesignationSeed;
import org.civicdata.tracker.seed.SeedRecords.DojLetterSeed;
import org.civicdata.tracker.seed.SeedRecords.EventSeed;
import org.civicdata.tracker.seed.SeedRecords.FigureSeed;
import org.civicdata.tracker.seed.SeedRecords.FundingThreatSeed;
import org.civicdata.tracker.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.seed.SeedRecords.Keyed;
import org.civicdata.tracker.seed.SeedRecords.PersonSeed;
import org.civicdata.tracker.seed.SeedRecords.PolicyPositionSeed;
import org.civicdata.tracker.seed.SeedRecords.SeedData;
import org.civicdata.tracker.seed.SeedRecords.SourceSeed;
import org.civicdata.tracker.seed.SeedRecords.StatementSeed;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.source.SourceRepository;
import org.civicdata.tracker.statement.Statement;
import org.civicdata.tracker.statement.StatementKind;
import org.civicdata.tracker.statement.StatementRepository;
import org.civicdata.tracker.statement.Venue;

/**
 * Loads a seed folder: all or nothing, idempotent. Every file is parsed and checked first; any
 * problem stops the load before a single row is written. Then, in one transaction and through the
 * audited {@link RecordWriter}, each record whose seed key is not yet in the database is created,
 * published. Records already present are left as they are (staff may have edited them since), so
 * loading twice changes nothing.
 */
@Singleton
public class SeedLoader {

    static final String ACTOR = "seed-loader";

    private final RecordWriter writer;
    private final SourceRepository sources;
    private final JurisdictionRepository jurisdictions;
    private final PersonRepository people;
    private final StatementRepository statements;
    private final DesignationRepository designations;
    private final PolicyPositionRepository positions;
    private final DojLetterRepository letters;
    private final FundingThreatRepository threats;
    private final CourtCaseRepository courtCases;
    private final EventRepository events;
    private final java.time.Clock clock;

    public SeedLoader(RecordWriter writer, SourceRepository sources, JurisdictionRepository jurisdictions,
                      PersonRepository people, StatementRepository statements, DesignationRepository designations,
                      PolicyPositionRepository positions, DojLetterRepository letters, FundingThreatRepository threats,
                      CourtCaseRepository courtCases, EventRepository events, java.time.Clock clock) {
        this.writer = writer;
        this.sources = sources;
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.statements = statements;
        this.designations = designations;
        this.positions = positions;
        this.letters = letters;
        this.threats = threats;
        this.courtCases = courtCases;
        this.events = events;
        this.clock = clock;
    }

    /** What a load did. */
    public record Report(String origin, Map<RecordType, Integer> created, Map<RecordType, Integer> alreadyPresent) {
        public int totalCreated() {
            return created.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            return "Seeds from " + origin + ": created " + created + ", already present " + alreadyPresent;
        }
    }

    /** True when no seeded or staff records exist yet: the first start of an empty database. */
    public boolean databaseIsEmpty() {
        return sources.count() == 0 && jurisdictions.count() == 0;
    }

    /**
     * @throws SeedException naming every problem (file, record key, what is wrong); nothing written
     */
    @Transactional
    public Report load(SeedFiles files) {
        SeedData data = files.parse();
        List<String> problems = new ArrayList<>(SeedValidator.validate(data, java.time.LocalDate.now(clock)));
        for (JurisdictionSeed j : data.jurisdictions()) {
            if (j.slug() == null) {
                continue; // reported by the validator: every record needs its key
            }
            jurisdictions.findBySlug(j.slug())
                    .filter(existing -> !j.slug().equals(existing.getSeedKey()))
                    .ifPresent(existing -> problems.add(SeedFiles.JURISDICTIONS + ", record '" + j.slug()
                            + "': slug is already used by a jurisdiction that did not come from seeds (id "
                            + existing.getId() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        Run run = new Run(files.origin());
        try {
            run.write(data);
        } catch (DataAccessException e) {
            // The driver's text is SQL, not words for whoever edits the seeds; it goes to the log.
            org.slf4j.LoggerFactory.getLogger(SeedLoader.class).error("Seed record refused by the database: {}",
                    run.current, e);
            throw new SeedException(List.of(run.current + ": the database refused the record (a value longer than "
                    + "its column allows, or a key used twice); the details are in the server log."));
        } catch (org.civicdata.tracker.common.InvalidInputException e) {
            throw new SeedException(List.of(run.current + ", field " + SeedValidator.seedField(e.field()) + ": "
                    + e.getMessage()));
        } catch (org.civicdata.tracker.common.DependentRecordsException e) {
            // The citation rule, about other records (a seeded statement under a speaker staff unpublished).
            throw new SeedException(List.of(run.current + ": " + e.getMessage()));
        }
        return new Report(files.origin(), run.created, run.present);
    }

    /** One load: resolves keys to ids (existing or just created) and counts what it did. */
    private final class Run {
        private final Map<RecordType, Integer> created = new LinkedHashMap<>();
        private final Map<RecordType, Integer> present = new LinkedHashMap<>();
        private final Map<String, Long> sourceIds = new HashMap<>();
        private final Map<String, Long> jurisdictionIds = new HashMap<>();
        private final Map<String, Long> personIds = new HashMap<>();
        private final Map<String, Long> letterIds = new HashMap<>();
        private String current = "";

        Run(String origin) {
            this.current = origin;
        }

        void write(SeedData data) {
            for (SourceSeed s : data.sources()) {
                sourceIds.put(s.key(), upsert(SeedFiles.SOURCES, RecordType.SOURCE, s, sources,
                        () -> SeedEntities.source(s), Map.of()));
            }
            writeJurisdictions(data.jurisdictions());
            for (PersonSeed p : data.people()) {
                personIds.put(p.key(), upsert(SeedFiles.PEOPLE, RecordType.PERSON, p, people,
                        () -> SeedEntities.person(p), Map.of()));
            }
            for (StatementSeed s : data.statements()) {
                upsert(SeedFiles.STATEMENTS, RecordType.STATEMENT, s, statements,
                        () -> SeedEntities.statement(s, personIds.get(s.speaker()), jurisdictionId(s.jurisdiction())),
                        Map.of());
            }
            for (DesignationSeed d : data.designations()) {
                upsert(SeedFiles.DESIGNATIONS, RecordType.DESIGNATION, d, designations,
                        () -> SeedEntities.designation(d, jurisdictionId(d.jurisdiction())), Map.of());
            }
            for (PolicyPositionSeed p : data.policyPositions()) {
                upsert(SeedFiles.POLICY_POSITIONS, RecordType.POLICY_POSITION, p, positions,
                        () -> SeedEntities.position(p, jurisdictionId(p.jurisdiction())), Map.of());
            }
            for (DojLetterSeed l : data.dojLetters()) {
                letterIds.put(l.key(), upsert(SeedFiles.DOJ_LETTERS, RecordType.DOJ_LETTER, l, letters,
                        () -> SeedEntities.letter(l, jurisdictionId(l.jurisdiction())), Map.of()));
            }
            for (FundingThreatSeed t : data.fundingThreats()) {
                long threatId = upsert(SeedFiles.FUNDING_THREATS, RecordType.FUNDING_THREAT, t, threats,
                        () -> SeedEntities.threat(t, jurisdictionId(t.jurisdiction()),
                                t.dojLetter() == null ? null : letterIds.get(t.dojLetter())), Map.of());
                for (CourtCaseSeed c : t.courtCases() == null ? List.<CourtCaseSeed>of() : t.courtCases()) {
                    upsert(SeedFiles.FUNDING_THREATS, RecordType.COURT_CASE, c, courtCases,
                            () -> SeedEntities.courtCase(c, threatId), Map.of());
                }
            }
            for (EventSeed e : data.events()) {
                writeEvent(e);
            }
        }

        /** Parents before children, whatever the file order. */
        private void writeJurisdictions(List<JurisdictionSeed> seeds) {
            List<JurisdictionSeed> pending = new ArrayList<>(seeds);
            while (!pending.isEmpty()) {
                int before = pending.size();
                for (var it = pending.iterator(); it.hasNext(); ) {
                    JurisdictionSeed j = it.next();
                    if (j.parent() != null && !jurisdictionIds.containsKey(j.parent())) {
                        continue;
                    }
                    jurisdictionIds.put(j.slug(), upsert(SeedFiles.JURISDICTIONS, RecordType.JURISDICTION, j,
                            jurisdictions, () -> SeedEntities.jurisdiction(j,
                                    j.parent() == null ? null : jurisdictionIds.get(j.parent())), Map.of()));
                    it.remove();
                }
                if (pending.size() == before) {
                    throw new SeedException(List.of(SeedFiles.JURISDICTIONS + ": parents form a cycle among "
                            + pending.stream().map(JurisdictionSeed::slug).toList()));
                }
            }
        }

        private void writeEvent(EventSeed e) {
            List<String> slugs = e.jurisdictions() == null ? List.of() : e.jurisdictions();
            List<FigureSeed> figureSeeds = e.figures() == null ? List.of() : e.figures();
            Optional<Event> existing = events.findBySeedKey(e.key());
            if (existing.isPresent()) {
                present.merge(RecordType.EVENT, 1, Integer::sum);
                return;
            }
            current = SeedFiles.EVENTS + ", record '" + e.key() + "'";
            Event r = SeedEntities.event(e);
            r.setSeedKey(e.key());
            r.setPublicationState(PublicationState.PUBLISHED);
            List<Map<String, Object>> figureParts = figureSeeds.stream()
                    .map(f -> EventFigures.part(f.label(), f.value(),
                            f.qualifier() == null ? null : FigureQualifier.valueOf(f.qualifier()),
                            FigureUnit.valueOf(f.unit()), f.period(), f.attributedTo()))
                    .toList();
            // The writer stores both parts (jurisdictions and figures) with the event, audited with it.
            writer.create(RecordType.EVENT, r, sourceIdsOf(e),
                    Map.of("jurisdictions", slugs, EventFigures.PART, figureParts), ACTOR);
            created.merge(RecordType.EVENT, 1, Integer::sum);
        }

        /** Creates the record unless its seed key is already in the database; returns its id either way. */
        private <T extends PublishableRecord> long upsert(String file, RecordType type, Keyed seed,
                                                      PublishableRepository<T> repository, Supplier<T> build,
                                                      Map<String, Object> alsoAudited) {
            Optional<T> existing = repository.findBySeedKey(seed.key());
            if (existing.isPresent()) {
                present.merge(type, 1, Integer::sum);
                return existing.get().getId();
            }
            current = file + ", record '" + seed.key() + "'";
            T record = build.get();
            record.setSeedKey(seed.key());
            record.setPublicationState(PublicationState.PUBLISHED);
            record.setNotes(seed.notes());
            T saved = writer.create(type, record, sourceIdsOf(seed), alsoAudited, ACTOR);
            created.merge(type, 1, Integer::sum);
            return saved.getId();
        }

        private List<Long> sourceIdsOf(Keyed seed) {
            return seed.sources().stream().map(sourceIds::get).toList();
        }

        private Long jurisdictionId(String slug) {
            return slug == null ? null : jurisdictionIds.get(slug);
        }
    }
}
