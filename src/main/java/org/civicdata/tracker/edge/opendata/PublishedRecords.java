package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.audit.KeptPerVersion;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.ResponseShapes.Counts;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionDetail;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ParentRef;
import org.civicdata.tracker.record.jurisdiction.AttachedKinds;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFields;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRules;
import org.civicdata.tracker.record.jurisdiction.JurisdictionSummaryRow;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionRepository;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.policy.StancePositionRepository;
import org.civicdata.tracker.record.policy.StanceRule;

/**
 * What the public may see of jurisdictions: published records only, each value with its published
 * sources, and the stance derived by {@link StanceRule} as of today or of a given date. As of a past
 * date, the records count by their own dates: a statement said, a letter sent, a threat announced, a
 * ruling given on or before it (a date known only to the month or year counts from the period's first
 * day; an undated record is left out), and the policy positions in force on it; a letter's or threat's
 * status is the one its status history gives for that date ({@link PublishedStatusHistory}). The records
 * attached to one jurisdiction are read by {@link AttachedRecords}.
 */
@Singleton
public class PublishedRecords {

    private static final PublicationState PUBLISHED = PublicationState.PUBLISHED;

    private final JurisdictionRepository jurisdictions;
    private final PolicyPositionRepository positions;
    private final StancePositionRepository stancePositions;
    private final AttachedRecords attached;
    private final PublishedStatusHistory statuses;
    private final PublishedSources sources;
    private final Clock clock;
    private final DataVersion dataVersion;
    private final KeptPerVersion<ListingFilter.Listing> today = new KeptPerVersion<>();

    PublishedRecords(
            JurisdictionRepository jurisdictions,
            PolicyPositionRepository positions,
            StancePositionRepository stancePositions,
            AttachedRecords attached,
            PublishedStatusHistory statuses,
            PublishedSources sources,
            Clock clock,
            DataVersion dataVersion) {
        this.jurisdictions = jurisdictions;
        this.positions = positions;
        this.stancePositions = stancePositions;
        this.attached = attached;
        this.statuses = statuses;
        this.sources = sources;
        this.clock = clock;
        this.dataVersion = dataVersion;
    }

    /** A listed jurisdiction: the record as stored (what its field description reads) and its public summary. */
    public record Listed(Jurisdiction record, JurisdictionSummary summary) {}

    /** A labelled fact of a jurisdiction's page ({@link RecordField#isOnPage}): "Population", "2,746,388". */
    public record Fact(String label, String text) {}

    /** A jurisdiction's detail with the facts its page shows as labelled values. */
    public record Page(JurisdictionDetail detail, List<Fact> facts) {}

    /** The published jurisdictions that match the query, with their stance as of its date (or today). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JurisdictionSummary> listJurisdictions(PublicQuery query) {
        return list(query).stream().map(Listed::summary).toList();
    }

    /** {@link #listJurisdictions}, each with its record as stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> list(PublicQuery query) {
        return everyPublished(query.asOf()).filter(query);
    }

    /**
     * Every published jurisdiction as of {@code asOf} (null: today), in the listing's order. Today's,
     * read during a public render ({@link DataVersion#rendering}), is read once per data version and
     * day and kept, so each filter of the listing and of the map page filters it in memory instead of
     * reading the whole listing again; one render reads it at a time, the others wait for it.
     */
    private ListingFilter.Listing everyPublished(@Nullable LocalDate asOf) {
        OptionalLong version = dataVersion.rendering();
        if (asOf != null || version.isEmpty()) {
            return ListingFilter.Listing.of(read(asOf, asOf == null ? today() : asOf));
        }
        LocalDate day = today();
        return today.get(version.getAsLong(), day, () -> ListingFilter.Listing.of(read(null, day)));
    }

    /** Every published jurisdiction with its stance on {@code day}, its records counted as of {@code asOf} (null: all). */
    private List<Listed> read(@Nullable LocalDate asOf, LocalDate day) {
        Map<Long, List<StanceRule.Position>> positionsByJurisdiction = stancePositions.everyPublished();
        Map<Long, List<String>> letterStatuses = statuses.letterStatusesByJurisdiction(asOf);
        Map<Long, List<String>> threatStatuses = statuses.threatStatusesByJurisdiction(asOf);
        Map<Long, Jurisdiction> published = jurisdictions.findByPublicationState(PUBLISHED).stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity()));
        // The counts come in the listing's order (name, slug); a jurisdiction published or unpublished
        // between the two reads is listed as the counts saw it, or left out.
        return jurisdictions.listPublishedSummaries(asOf).stream()
                .filter(row -> published.containsKey(row.id()))
                .map(row -> {
                    Jurisdiction j = published.get(row.id());
                    Map<PolicyVariable, StanceRule.Position> inForce =
                            StanceRule.inForce(positionsByJurisdiction.getOrDefault(row.id(), List.of()), day);
                    return new Listed(
                            j,
                            summary(
                                    j,
                                    row,
                                    inForce,
                                    letterStatuses.getOrDefault(row.id(), List.of()),
                                    threatStatuses.getOrDefault(row.id(), List.of())));
                })
                .toList();
    }

    /** A published jurisdiction with everything published about it, as it stood on {@code asOf} (null: today, all records). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JurisdictionDetail> findJurisdiction(String slug, @Nullable LocalDate asOf) {
        return findPage(slug, asOf).map(Page::detail);
    }

    /** {@link #findJurisdiction}, with the labelled facts of its page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Page> findPage(String slug, @Nullable LocalDate asOf) {
        return jurisdictions
                .findBySlugAndPublicationState(slug, PUBLISHED)
                .map(j -> new Page(detail(j, asOf), facts(j)));
    }

    /**
     * Whether a published jurisdiction has exactly this slug (checked before a cached detail is served).
     * The column's collation is case- and trailing-space-insensitive, so a slug that is not in the slug
     * form ("Chicago-IL", "chicago-il ") is refused here rather than found: one address per jurisdiction.
     */
    public boolean isPublished(String slug) {
        return slug.matches(JurisdictionRules.SLUG) && jurisdictions.existsBySlugAndPublicationState(slug, PUBLISHED);
    }

    private static JurisdictionSummary summary(
            Jurisdiction j,
            JurisdictionSummaryRow row,
            Map<PolicyVariable, StanceRule.Position> inForce,
            List<String> letterStatuses,
            List<String> threatStatuses) {
        Map<String, String> policy = new LinkedHashMap<>();
        inForce.forEach((variable, position) ->
                policy.put(variable.name(), position.value().name()));
        return JurisdictionSummary.of(
                j,
                row.parentSlug(),
                StanceRule.derive(inForce).name(),
                policy,
                letterStatuses,
                threatStatuses,
                new Counts(
                        row.policyPositions(),
                        row.designations(),
                        row.dojLetters(),
                        row.fundingThreats(),
                        row.statements(),
                        row.events()));
    }

    private JurisdictionDetail detail(Jurisdiction j, @Nullable LocalDate asOf) {
        long id = j.getId();
        LocalDate day = asOf == null ? today() : asOf;
        ParentRef parent = j.getParentId() == null
                ? null
                : jurisdictions
                        .findById(j.getParentId())
                        .filter(p -> p.getPublicationState() == PUBLISHED)
                        .map(p -> new ParentRef(p.getSlug(), p.getName()))
                        .orElse(null);
        List<PolicyPosition> inStanceOrder =
                positions.findByJurisdictionIdAndPublicationState(id, PUBLISHED, PolicyPositionRepository.STANCE_ORDER);
        // One round trip says which kinds of record it has; only those are read.
        AttachedKinds kinds = jurisdictions.findAttachedKinds(id);
        Stance stance = StanceRule.derive(
                inStanceOrder.stream().map(PublicValues::forRule).toList(), day);
        return JurisdictionDetail.of(
                j,
                parent,
                stance.name(),
                asOf == null ? null : asOf.toString(),
                sources.of(RecordType.JURISDICTION, List.of(j)).of(j),
                attached.positions(inStanceOrder, asOf),
                kinds.designations() > 0 ? attached.designations(id, asOf) : List.of(),
                kinds.dojLetters() > 0 ? attached.letters(id, asOf) : List.of(),
                kinds.fundingThreats() > 0 ? attached.threats(id, asOf) : List.of(),
                kinds.statements() > 0 ? attached.statements(id, asOf) : List.of(),
                kinds.events() > 0 ? attached.events(id, asOf) : List.of());
    }

    /** The fields its page shows as labelled facts, those with a value. */
    private static List<Fact> facts(Jurisdiction j) {
        return JurisdictionFields.ALL.stream()
                .filter(RecordField::isOnPage)
                .filter(f -> !f.shown(j).isEmpty())
                .map(f -> new Fact(f.label(), f.shown(j)))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
