package org.civicdata.tracker.infra.seed;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.Keyed;
import org.civicdata.tracker.infra.seed.SeedRecords.SeedData;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.source.SourceRepository;

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
    private final Map<RecordType, PublishableRepository<?>> repositories = new EnumMap<>(RecordType.class);
    private final SourceRepository sources;
    private final JurisdictionRepository jurisdictions;
    private final java.time.Clock clock;

    public SeedLoader(
            RecordWriter writer,
            List<PublishableRepository<?>> repositories,
            SourceRepository sources,
            JurisdictionRepository jurisdictions,
            java.time.Clock clock) {
        this.writer = writer;
        for (PublishableRepository<?> repository : repositories) {
            this.repositories.put(repository.recordType(), repository);
        }
        this.sources = sources;
        this.jurisdictions = jurisdictions;
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
            jurisdictions
                    .findBySlug(j.slug())
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
            org.slf4j.LoggerFactory.getLogger(SeedLoader.class)
                    .error("Seed record refused by the database: {}", run.current, e);
            throw new SeedException(List.of(run.current + ": the database refused the record (a value longer than "
                    + "its column allows, or a key used twice); the details are in the server log."));
        } catch (org.civicdata.tracker.core.common.InvalidInputException e) {
            throw new SeedException(
                    List.of(run.current + ", field " + SeedValidator.seedField(e.field()) + ": " + e.getMessage()));
        } catch (org.civicdata.tracker.core.common.DependentRecordsException e) {
            // The citation rule, about other records (a seeded statement under a speaker staff unpublished).
            throw new SeedException(List.of(run.current + ": " + e.getMessage()));
        }
        return new Report(files.origin(), run.created, run.present);
    }

    /** One load: resolves keys to ids (existing or just created) and counts what it did. */
    private final class Run {
        private final Map<RecordType, Integer> created = new LinkedHashMap<>();
        private final Map<RecordType, Integer> present = new LinkedHashMap<>();
        private final SeedPlan.Ids ids = new SeedPlan.Ids();
        private String current = "";

        Run(String origin) {
            this.current = origin;
        }

        void write(SeedData data) {
            for (Supplier<Iterable<SeedPlan.Step>> type : SeedPlan.inOrder(data)) {
                for (SeedPlan.Step step : type.get()) {
                    ids.put(step.type(), step.seed().key(), upsert(step));
                }
            }
        }

        /** Creates the record unless its seed key is already in the database; returns its id either way. */
        private long upsert(SeedPlan.Step step) {
            Keyed seed = step.seed();
            Optional<? extends PublishableRecord> existing =
                    repositories.get(step.type()).findBySeedKey(seed.key());
            if (existing.isPresent()) {
                present.merge(step.type(), 1, Integer::sum);
                return existing.get().getId();
            }
            current = step.file() + ", record '" + seed.key() + "'";
            PublishableRecord record = step.build().apply(ids);
            record.setSeedKey(seed.key());
            record.setPublicationState(PublicationState.PUBLISHED);
            record.setNotes(seed.notes());
            // Parts (an event's jurisdictions and figures, a letter's status history) are stored with the record,
            // audited with it.
            PublishableRecord saved = writer.create(
                    step.type(), record, sourceIdsOf(seed), step.parts().apply(ids), ACTOR);
            created.merge(step.type(), 1, Integer::sum);
            return saved.getId();
        }

        private List<Long> sourceIdsOf(Keyed seed) {
            return seed.sources().stream()
                    .map(key -> ids.of(RecordType.SOURCE, key))
                    .toList();
        }
    }
}
