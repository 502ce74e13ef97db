package org.civicdata.tracker.publicapi;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.common.DatePrecision;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRecord;
import org.civicdata.tracker.designation.DesignationRepository;
import org.civicdata.tracker.dojletter.DojLetter;
import org.civicdata.tracker.dojletter.DojLetterRepository;
import org.civicdata.tracker.event.Event;
import org.civicdata.tracker.event.EventFigure;
import org.civicdata.tracker.event.EventFigureRepository;
import org.civicdata.tracker.event.EventRepository;
import org.civicdata.tracker.funding.CourtCase;
import org.civicdata.tracker.funding.CourtCaseRepository;
import org.civicdata.tracker.funding.FundingThreat;
import org.civicdata.tracker.funding.FundingThreatRepository;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.jurisdiction.JurisdictionSummaryRow;
import org.civicdata.tracker.person.Person;
import org.civicdata.tracker.person.PersonRepository;
import org.civicdata.tracker.policy.PolicyPosition;
import org.civicdata.tracker.policy.PolicyPositionRepository;
import org.civicdata.tracker.policy.PolicyVariable;
import org.civicdata.tracker.policy.Stance;
import org.civicdata.tracker.policy.StanceRule;
import org.civicdata.tracker.publicapi.PublicViews.Counts;
import org.civicdata.tracker.publicapi.PublicViews.CourtCaseView;
import org.civicdata.tracker.publicapi.PublicViews.DesignationView;
import org.civicdata.tracker.publicapi.PublicViews.DojLetterView;
import org.civicdata.tracker.publicapi.PublicViews.EventView;
import org.civicdata.tracker.publicapi.PublicViews.FigureView;
import org.civicdata.tracker.publicapi.PublicViews.FundingThreatView;
import org.civicdata.tracker.publicapi.PublicViews.JurisdictionDetail;
import org.civicdata.tracker.publicapi.PublicViews.JurisdictionSummary;
import org.civicdata.tracker.publicapi.PublicViews.ParentRef;
import org.civicdata.tracker.publicapi.PublicViews.PersonView;
import org.civicdata.tracker.publicapi.PublicViews.PositionView;
import org.civicdata.tracker.publicapi.PublicViews.SourceView;
import org.civicdata.tracker.publicapi.PublicViews.StatementView;
import org.civicdata.tracker.citation.CitationRepository;
import org.civicdata.tracker.citation.CitedSource;
import org.civicdata.tracker.statement.Statement;
import org.civicdata.tracker.statement.StatementRepository;

/**
 * What the public may see: published records only, each value with its published sources, and
 * the stance derived by {@link StanceRule} as of today or of a given date. As of a past date, the
 * records count by their own dates: a statement said, a letter sent, a threat announced, a ruling
 * given on or before it (a date known only to the month or year counts from the period's first
 * day; an undated record is left out), and the policy positions in force on it.
 */
@Singleton
public class PublishedRecords {

    private static final PublicationState PUBLISHED = PublicationState.PUBLISHED;

    private final JurisdictionRepository jurisdictions;
    private final PolicyPositionRepository positions;
    private final DesignationRepository designations;
    private final DojLetterRepository letters;
    private final FundingThreatRepository threats;
    private final CourtCaseRepository courtCases;
    private final PersonRepository people;
    private final StatementRepository statements;
    private final EventRepository events;
    private final EventFigureRepository figures;
    private final CitationRepository citations;
    private final Clock clock;

    PublishedRecords(JurisdictionRepository jurisdictions, PolicyPositionRepository positions,
                     DesignationRepository designations, DojLetterRepository letters, FundingThreatRepository threats,
                     CourtCaseRepository courtCases, PersonRepository people,
                     StatementRepository statements, EventRepository events,
                     EventFigureRepository figures, CitationRepository citations, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.positions = positions;
        this.designations = designations;
        this.letters = letters;
        this.threats = threats;
        this.courtCases = courtCases;
        this.people = people;
        this.statements = statements;
        this.events = events;
        this.figures = figures;
        this.citations = citations;
        this.clock = clock;
    }

    /** The published jurisdictions that match the query, with their stance as of its date (or today). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JurisdictionSummary> listJurisdictions(PublicQuery query) {
        LocalDate asOf = query.asOf();
        LocalDate day = asOf == null ? today() : asOf;
        Map<Long, List<StanceRule.Position>> positionsByJurisdiction = positions.findByPublicationState(PUBLISHED, PolicyPositionRepository.STANCE_ORDER)
                .stream().collect(Collectors.groupingBy(PolicyPosition::getJurisdictionId,
                        Collectors.mapping(PublishedRecords::forRule, Collectors.toList())));
        Map<Long, List<String>> letterStatuses = letters.findByJurisdictionIdIsNotNullAndPublicationStateOrderBySentOnAsc(PUBLISHED)
                .stream().filter(l -> dated(l.getSentOn(), asOf))
                .collect(Collectors.groupingBy(DojLetter::getJurisdictionId,
                        Collectors.mapping(l -> l.getStatus().name(), Collectors.toList())));
        Map<Long, List<String>> threatStatuses = threats.findByJurisdictionIdIsNotNullAndPublicationStateOrderByAnnouncedOnAsc(PUBLISHED)
                .stream().filter(t -> dated(t.getAnnouncedOn(), asOf))
                .collect(Collectors.groupingBy(FundingThreat::getJurisdictionId,
                        Collectors.mapping(t -> t.getStatus().name(), Collectors.toList())));
        Set<String> words = query.words();
        return jurisdictions.listPublishedSummaries(asOf).stream()
                .filter(row -> query.state() == null || query.state().equals(row.stateCode()))
                .filter(row -> query.kind() == null || query.kind() == row.kind())
                .filter(row -> words.stream().allMatch(w -> row.name().toLowerCase(Locale.ROOT).contains(w)))
                .map(row -> {
                    Map<PolicyVariable, StanceRule.Position> inForce = StanceRule.inForce(
                            positionsByJurisdiction.getOrDefault(row.id(), List.of()), day);
                    return summary(row, inForce, distinct(letterStatuses.get(row.id())),
                            distinct(threatStatuses.get(row.id())));
                })
                .filter(j -> query.stance() == null || query.stance().name().equals(j.stance()))
                .filter(j -> query.policy().entrySet().stream()
                        .allMatch(e -> e.getValue().name().equals(j.policy().get(e.getKey().name()))))
                .filter(j -> query.letter() == null || j.dojLetterStatuses().contains(query.letter().name()))
                .filter(j -> query.threat() == null || j.fundingThreatStatuses().contains(query.threat().name()))
                .toList();
    }

    /** A published jurisdiction with everything published about it, as it stood on {@code asOf} (null: today, all records). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JurisdictionDetail> findJurisdiction(String slug, @Nullable LocalDate asOf) {
        return jurisdictions.findBySlugAndPublicationState(slug, PUBLISHED).map(j -> detail(j, asOf));
    }

    /** Whether a published jurisdiction has this slug (checked before a cached detail is served). */
    /**
     * Whether a published jurisdiction has exactly this slug. The column's collation is case- and
     * trailing-space-insensitive, so a slug that is not in the slug form ("Chicago-IL", "chicago-il ")
     * is refused here rather than found: one address per jurisdiction.
     */
    public boolean isPublished(String slug) {
        return slug.matches(org.civicdata.tracker.jurisdiction.JurisdictionRules.SLUG)
                && jurisdictions.existsBySlugAndPublicationState(slug, PUBLISHED);
    }

    private static List<String> distinct(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    /** With no as-of date every record counts; with one, only records dated on or before it. */
    private static boolean dated(@Nullable LocalDate date, @Nullable LocalDate asOf) {
        return asOf == null || date != null && !date.isAfter(asOf);
    }

    private static JurisdictionSummary summary(JurisdictionSummaryRow row, Map<PolicyVariable, StanceRule.Position> inForce,
                                               List<String> letterStatuses, List<String> threatStatuses) {
        Map<String, String> policy = new LinkedHashMap<>();
        inForce.forEach((variable, position) -> policy.put(variable.name(), position.value().name()));
        return new JurisdictionSummary(row.slug(), row.name(), row.kind().name(), row.stateCode(), row.fips(),
                coordinate(row.latitude()), coordinate(row.longitude()), row.parentSlug(),
                StanceRule.derive(inForce).name(), policy, letterStatuses, threatStatuses,
                new Counts(row.policyPositions(), row.designations(), row.dojLetters(), row.fundingThreats(),
                        row.statements(), row.events()));
    }

    private JurisdictionDetail detail(Jurisdiction j, @Nullable LocalDate asOf) {
        long id = j.getId();
        LocalDate day = asOf == null ? today() : asOf;
        ParentRef parent = j.getParentId() == null ? null : jurisdictions.findById(j.getParentId())
                .filter(p -> p.getPublicationState() == PUBLISHED)
                .map(p -> new ParentRef(p.getSlug(), p.getName())).orElse(null);

        List<PolicyPosition> inStanceOrder = positions.findByJurisdictionIdAndPublicationState(id, PUBLISHED,
                PolicyPositionRepository.STANCE_ORDER);
        Stance stance = StanceRule.derive(inStanceOrder.stream().map(PublishedRecords::forRule).toList(), day);
        List<PolicyPosition> positionRows = inStanceOrder.stream()
                .filter(p -> asOf == null || StanceRule.isInForce(forRule(p), asOf))
                .sorted(Comparator.comparing(PolicyPosition::getVariable)).toList();
        Sources positionSources = sources(RecordType.POLICY_POSITION, positionRows);
        List<PositionView> positionViews = positionRows.stream().map(p -> new PositionView(p.getVariable().name(),
                p.getValue().name(), date(p.getValidFromOn(), p.getValidFromPrecision()),
                date(p.getValidToOn(), p.getValidToPrecision()), p.getNotes(), positionSources.of(p))).toList();

        var designationRows = designations.findByJurisdictionIdAndPublicationStateOrderByDesignatedOnAsc(id, PUBLISHED)
                .stream().filter(d -> dated(d.getDesignatedOn(), asOf)).toList();
        Sources designationSources = sources(RecordType.DESIGNATION, designationRows);
        List<DesignationView> designationViews = designationRows.stream().map(d -> new DesignationView(
                d.getDesignator().name(), d.getDesignatorName(), d.getLabel(),
                date(d.getDesignatedOn(), d.getDesignatedPrecision()), d.getNotes(), designationSources.of(d))).toList();

        var letterRows = letters.findByJurisdictionIdAndPublicationStateOrderBySentOnAsc(id, PUBLISHED)
                .stream().filter(l -> dated(l.getSentOn(), asOf)).toList();
        Sources letterSources = sources(RecordType.DOJ_LETTER, letterRows);
        List<DojLetterView> letterViews = letterRows.stream().map(l -> new DojLetterView(
                date(l.getSentOn(), l.getSentPrecision()), l.getSender(), l.getRecipients(), l.getLegalBasis(),
                date(l.getDeadlineOn(), l.getDeadlinePrecision()), l.getStatus().name(),
                date(l.getResponseOn(), l.getResponsePrecision()), l.getFundingAtStake(), l.getNotes(),
                letterSources.of(l))).toList();

        List<FundingThreatView> threatViews = threatViews(threats.findByJurisdictionIdAndPublicationStateOrderByAnnouncedOnAsc(id, PUBLISHED)
                .stream().filter(t -> dated(t.getAnnouncedOn(), asOf)).toList(), asOf);
        List<StatementView> statementViews = statementViews(statements.findByJurisdictionIdAndPublicationStateOrderBySaidOnAsc(id, PUBLISHED)
                .stream().filter(s -> dated(s.getSaidOn(), asOf)).toList());
        List<EventView> eventViews = eventViews(events.findPublishedByJurisdiction(id)
                .stream().filter(e -> dated(e.getOccurredOn(), asOf)).toList());

        return new JurisdictionDetail(j.getSlug(), j.getName(), j.getKind().name(), j.getStateCode(), j.getFips(),
                coordinate(j.getLatitude()), coordinate(j.getLongitude()), parent, stance.name(),
                asOf == null ? null : asOf.toString(), j.getNotes(),
                sources(RecordType.JURISDICTION, List.of(j)).of(j), positionViews, designationViews, letterViews,
                threatViews, statementViews, eventViews);
    }

    private List<FundingThreatView> threatViews(List<FundingThreat> rows, @Nullable LocalDate asOf) {
        Sources threatSources = sources(RecordType.FUNDING_THREAT, rows);
        Map<Long, List<CourtCase>> casesByThreat = rows.isEmpty() ? Map.of()
                : courtCases.findByFundingThreatIdInAndPublicationStateOrderByRulingOnAsc(ids(rows), PUBLISHED)
                .stream().collect(Collectors.groupingBy(CourtCase::getFundingThreatId));
        Sources caseSources = sources(RecordType.COURT_CASE,
                casesByThreat.values().stream().flatMap(List::stream).toList());
        return rows.stream().map(t -> new FundingThreatView(t.getIssuingAuthority(), t.getInstrument().name(),
                t.getInstrumentDetail(), t.getScope(), t.getProgramme(), t.getAmountUsd(), t.getStatus().name(),
                date(t.getAnnouncedOn(), t.getAnnouncedPrecision()), t.getNotes(), threatSources.of(t),
                casesByThreat.getOrDefault(t.getId(), List.of()).stream().filter(c -> dated(c.getRulingOn(), asOf)).map(c -> new CourtCaseView(c.getName(),
                        c.getCourt(), c.getJudge(), date(c.getRulingOn(), c.getRulingPrecision()), c.getOutcome(),
                        c.getSummary(), c.getNotes(), caseSources.of(c))).toList())).toList();
    }

    private List<StatementView> statementViews(List<Statement> rows) {
        Sources statementSources = sources(RecordType.STATEMENT, rows);
        Map<Long, Person> speakers = rows.isEmpty() ? Map.of() : people.findByIdIn(rows.stream()
                .map(Statement::getPersonId).distinct().toList())
                .stream().filter(p -> p.getPublicationState() == PUBLISHED)
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        // A published statement by a speaker still in draft waits until the speaker is published.
        return rows.stream().filter(s -> speakers.containsKey(s.getPersonId())).map(s -> {
            Person p = speakers.get(s.getPersonId());
            return new StatementView(new PersonView(p.getName(), p.getRole(), p.getOffice(), p.getAffiliation(),
                    p.isOrganization()), s.getKind().name(), s.getText(), date(s.getSaidOn(), s.getSaidPrecision()),
                    s.isSaidOnInferred(), s.getVenue() == null ? null : s.getVenue().name(), s.getVenueDetail(),
                    s.getReportedBy(), s.getNotes(), statementSources.of(s));
        }).toList();
    }

    private List<EventView> eventViews(List<Event> rows) {
        Sources eventSources = sources(RecordType.EVENT, rows);
        Map<Long, List<EventFigure>> figuresByEvent = rows.isEmpty() ? Map.of()
                : figures.findByEventIdInOrderByPosition(ids(rows)).stream()
                .collect(Collectors.groupingBy(EventFigure::eventId));
        return rows.stream().map(e -> new EventView(e.getTitle(), e.getKind().name(),
                date(e.getOccurredOn(), e.getOccurredPrecision()), e.isOccurredOnInferred(), e.getDescription(),
                figuresByEvent.getOrDefault(e.getId(), List.of()).stream().map(f -> new FigureView(f.label(),
                        f.value(), f.qualifier() == null ? null : f.qualifier().name(), f.unit().name(), f.period(), f.attributedTo())).toList(),
                e.getNotes(), eventSources.of(e))).toList();
    }

    /** The published sources of a batch of records, fetched in one query. */
    private Sources sources(RecordType type, Collection<? extends TrackedRecord> records) {
        if (records.isEmpty()) {
            return new Sources(Map.of());
        }
        return new Sources(citations.findPublishedSources(type.name(), ids(records)).stream()
                .collect(Collectors.groupingBy(CitedSource::recordId,
                        Collectors.mapping(PublishedRecords::sourceView, Collectors.toList()))));
    }

    private record Sources(Map<Long, List<SourceView>> byRecord) {
        List<SourceView> of(TrackedRecord record) {
            return byRecord.getOrDefault(record.getId(), List.of());
        }
    }

    private static SourceView sourceView(CitedSource s) {
        return new SourceView(s.title(), s.publication(), s.author(), s.url(),
                date(s.publishedOn(), s.publishedPrecision()), s.publishedInferred(), s.seedDocument());
    }

    private static List<Long> ids(Collection<? extends TrackedRecord> records) {
        return records.stream().map(TrackedRecord::getId).toList();
    }

    private static StanceRule.Position forRule(PolicyPosition p) {
        return new StanceRule.Position(p.getVariable(), p.getValue(), p.getValidFromOn(), p.getValidToOn());
    }

    /** The same coordinate prints the same everywhere (41.8781, not 41.878100 in one place). */
    private static @Nullable java.math.BigDecimal coordinate(@Nullable java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // 40.000000 is 40, not 4E+1.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static @Nullable String date(@Nullable LocalDate start, @Nullable DatePrecision precision) {
        PartialDate date = PartialDate.of(start, precision);
        return date == null ? null : date.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
