package org.civicdata.tracker.edge.opendata;

import static org.civicdata.tracker.edge.opendata.PublicValues.date;
import static org.civicdata.tracker.edge.opendata.PublicValues.dated;
import static org.civicdata.tracker.edge.opendata.PublicValues.datedOnOrBefore;
import static org.civicdata.tracker.edge.opendata.PublicValues.ids;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.PublishedSources.Sources;
import org.civicdata.tracker.edge.opendata.PublishedStatusHistory.Histories;
import org.civicdata.tracker.edge.opendata.ResponseShapes.CourtCaseView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.DesignationView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.DojLetterView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.EventView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.FigureView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.FundingThreatView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.PersonView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.PositionView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.StatementView;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationRepository;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventFigure;
import org.civicdata.tracker.record.event.EventFigureRepository;
import org.civicdata.tracker.record.event.EventRepository;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseRepository;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatRepository;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.StanceRule;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementRepository;

/**
 * The published records attached to one jurisdiction, as the public views show them: policy
 * positions, designations, DOJ letters, funding threats with their court cases, statements with their
 * speakers, events with their figures; each with its published sources. With {@code asOf}, only
 * records dated on or before it (and the positions in force on it). Letters, threats and court cases
 * carry their status history ({@link PublishedStatusHistory}): under {@code asOf}, their status then
 * and the entries in effect by then.
 */
@Singleton
class AttachedRecords {

    private static final PublicationState PUBLISHED = PublicationState.PUBLISHED;

    private final DesignationRepository designations;
    private final DojLetterRepository letters;
    private final FundingThreatRepository threats;
    private final CourtCaseRepository courtCases;
    private final PersonRepository people;
    private final StatementRepository statements;
    private final EventRepository events;
    private final EventFigureRepository figures;
    private final PublishedSources sources;
    private final PublishedStatusHistory statusHistory;

    AttachedRecords(
            DesignationRepository designations,
            DojLetterRepository letters,
            FundingThreatRepository threats,
            CourtCaseRepository courtCases,
            PersonRepository people,
            StatementRepository statements,
            EventRepository events,
            EventFigureRepository figures,
            PublishedSources sources,
            PublishedStatusHistory statusHistory) {
        this.designations = designations;
        this.letters = letters;
        this.threats = threats;
        this.courtCases = courtCases;
        this.people = people;
        this.statements = statements;
        this.events = events;
        this.figures = figures;
        this.sources = sources;
        this.statusHistory = statusHistory;
    }

    /** The positions shown: those in force on {@code asOf} (all, without it), by variable. */
    List<PositionView> positions(List<PolicyPosition> inStanceOrder, @Nullable LocalDate asOf) {
        List<PolicyPosition> rows = inStanceOrder.stream()
                .filter(p -> asOf == null || StanceRule.isInForce(PublicValues.forRule(p), asOf))
                .sorted(Comparator.comparing(PolicyPosition::getVariable))
                .toList();
        Sources positionSources = sources.of(RecordType.POLICY_POSITION, rows);
        return rows.stream()
                .map(p -> new PositionView(
                        p.getVariable().name(),
                        p.getValue().name(),
                        date(p.getValidFromOn(), p.getValidFromPrecision()),
                        date(p.getValidToOn(), p.getValidToPrecision()),
                        p.getNotes(),
                        positionSources.of(p)))
                .toList();
    }

    List<DesignationView> designations(long id, @Nullable LocalDate asOf) {
        List<Designation> rows = datedOnOrBefore(
                designations.findByJurisdictionIdAndPublicationStateOrderByDesignatedOnAsc(id, PUBLISHED),
                Designation::getDesignatedOn,
                asOf);
        Sources designationSources = sources.of(RecordType.DESIGNATION, rows);
        return rows.stream()
                .map(d -> new DesignationView(
                        d.getDesignator().name(),
                        d.getDesignatorName(),
                        d.getLabel(),
                        date(d.getDesignatedOn(), d.getDesignatedPrecision()),
                        d.getNotes(),
                        designationSources.of(d)))
                .toList();
    }

    List<DojLetterView> letters(long id, @Nullable LocalDate asOf) {
        List<DojLetter> rows = datedOnOrBefore(
                letters.findByJurisdictionIdAndPublicationStateOrderBySentOnAsc(id, PUBLISHED),
                DojLetter::getSentOn,
                asOf);
        Sources letterSources = sources.of(RecordType.DOJ_LETTER, rows);
        Histories history = statusHistory.letters(rows, asOf);
        return rows.stream()
                .map(l -> new DojLetterView(
                        date(l.getSentOn(), l.getSentPrecision()),
                        l.getSender(),
                        l.getRecipients(),
                        l.getLegalBasis(),
                        date(l.getDeadlineOn(), l.getDeadlinePrecision()),
                        asOf == null ? l.getStatus().name() : history.status(l),
                        date(l.getResponseOn(), l.getResponsePrecision()),
                        l.getFundingAtStake(),
                        l.getNotes(),
                        letterSources.of(l),
                        history.of(l)))
                .toList();
    }

    List<FundingThreatView> threats(long id, @Nullable LocalDate asOf) {
        List<FundingThreat> rows = datedOnOrBefore(
                threats.findByJurisdictionIdAndPublicationStateOrderByAnnouncedOnAsc(id, PUBLISHED),
                FundingThreat::getAnnouncedOn,
                asOf);
        Sources threatSources = sources.of(RecordType.FUNDING_THREAT, rows);
        Map<Long, List<CourtCase>> casesByThreat = rows.isEmpty()
                ? Map.of()
                : courtCases.findByFundingThreatIdInAndPublicationStateOrderByRulingOnAsc(ids(rows), PUBLISHED).stream()
                        .collect(Collectors.groupingBy(CourtCase::getFundingThreatId));
        List<CourtCase> allCases =
                casesByThreat.values().stream().flatMap(List::stream).toList();
        Sources caseSources = sources.of(RecordType.COURT_CASE, allCases);
        Histories threatHistory = statusHistory.threats(rows, asOf);
        Histories caseHistory = statusHistory.cases(allCases, asOf);
        return rows.stream()
                .map(t -> new FundingThreatView(
                        t.getIssuingAuthority(),
                        t.getInstrument().name(),
                        t.getInstrumentDetail(),
                        t.getScope(),
                        t.getProgramme(),
                        t.getAmountUsd(),
                        asOf == null ? t.getStatus().name() : threatHistory.status(t),
                        date(t.getAnnouncedOn(), t.getAnnouncedPrecision()),
                        t.getNotes(),
                        threatSources.of(t),
                        threatHistory.of(t),
                        // A case shows once ruled, or once an entry of its history is in effect (filed).
                        casesByThreat.getOrDefault(t.getId(), List.of()).stream()
                                .filter(c -> dated(c.getRulingOn(), asOf)
                                        || !caseHistory.of(c).isEmpty())
                                .map(c -> new CourtCaseView(
                                        c.getName(),
                                        c.getCourt(),
                                        c.getJudge(),
                                        date(c.getRulingOn(), c.getRulingPrecision()),
                                        c.getOutcome(),
                                        c.getSummary(),
                                        caseHistory.status(c),
                                        c.getNotes(),
                                        caseSources.of(c),
                                        caseHistory.of(c)))
                                .toList()))
                .toList();
    }

    List<StatementView> statements(long id, @Nullable LocalDate asOf) {
        List<Statement> rows = datedOnOrBefore(
                statements.findByJurisdictionIdAndPublicationStateOrderBySaidOnAsc(id, PUBLISHED),
                Statement::getSaidOn,
                asOf);
        Sources statementSources = sources.of(RecordType.STATEMENT, rows);
        Map<Long, Person> speakers = rows.isEmpty()
                ? Map.of()
                : people
                        .findByIdIn(rows.stream()
                                .map(Statement::getPersonId)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(p -> p.getPublicationState() == PUBLISHED)
                        .collect(Collectors.toMap(Person::getId, Function.identity()));
        // A published statement by a speaker still in draft waits until the speaker is published.
        return rows.stream()
                .filter(s -> speakers.containsKey(s.getPersonId()))
                .map(s -> {
                    Person p = speakers.get(s.getPersonId());
                    return new StatementView(
                            new PersonView(
                                    p.getName(), p.getRole(), p.getOffice(), p.getAffiliation(), p.isOrganization()),
                            s.getKind().name(),
                            s.getText(),
                            date(s.getSaidOn(), s.getSaidPrecision()),
                            s.isSaidOnInferred(),
                            s.getVenue() == null ? null : s.getVenue().name(),
                            s.getVenueDetail(),
                            s.getReportedBy(),
                            s.getNotes(),
                            statementSources.of(s));
                })
                .toList();
    }

    List<EventView> events(long id, @Nullable LocalDate asOf) {
        List<Event> rows = datedOnOrBefore(events.findPublishedByJurisdiction(id), Event::getOccurredOn, asOf);
        Sources eventSources = sources.of(RecordType.EVENT, rows);
        Map<Long, List<EventFigure>> figuresByEvent = rows.isEmpty()
                ? Map.of()
                : figures.findByEventIdInOrderByPosition(ids(rows)).stream()
                        .collect(Collectors.groupingBy(EventFigure::eventId));
        return rows.stream()
                .map(e -> new EventView(
                        e.getTitle(),
                        e.getKind().name(),
                        date(e.getOccurredOn(), e.getOccurredPrecision()),
                        e.isOccurredOnInferred(),
                        e.getDescription(),
                        figuresByEvent.getOrDefault(e.getId(), List.of()).stream()
                                .map(f -> new FigureView(
                                        f.label(),
                                        f.value(),
                                        f.qualifier() == null
                                                ? null
                                                : f.qualifier().name(),
                                        f.unit().name(),
                                        f.period(),
                                        f.attributedTo()))
                                .toList(),
                        e.getNotes(),
                        eventSources.of(e)))
                .toList();
    }
}
