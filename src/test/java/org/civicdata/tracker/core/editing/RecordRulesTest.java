package org.civicdata.tracker.core.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.UsState;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventService;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonService;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceService;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementService;
import org.civicdata.tracker.record.status.StatusHistories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each record type's rules, as the staff form meets them through its service's save: refusals name
 * the field, in words, and never carry Java's own text. Today is fixed at 2026-06-15.
 */
@MicronautTest(transactional = false)
class RecordRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final StaffPrincipal EDITOR = new StaffPrincipal("rules-ed", StaffRole.EDITOR, false);
    /** Text that only Java writes: exception names, parser reasons, java.time's range messages. */
    private static final String JAVA_TEXT = "(?s).*(Exception|java\\.|Invalid value for|valid values|Illegal character|"
            + "Text '|could not be parsed|MonthOfYear|DayOfMonth|NumberFormat|null).*";

    @MockBean(Clock.class)
    Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    }

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    StatementService statements;

    @Inject
    DesignationService designations;

    @Inject
    PolicyPositionService positions;

    @Inject
    DojLetterService letters;

    @Inject
    FundingThreatService threats;

    @Inject
    CourtCaseService courtCases;

    @Inject
    EventService events;

    @Inject
    PersonService people;

    @Inject
    SourceService sources;

    private final String u = UUID.randomUUID().toString().substring(0, 6);
    private long chicago;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
        chicago = jurisdictions.findBySlug("chicago-il").orElseThrow().getId();
    }

    private static void refused(ThrowingCallable save, String field, String words) {
        assertThatThrownBy(save).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(words + ":").doesNotMatch(JAVA_TEXT);
        });
    }

    private Jurisdiction jurisdiction(JurisdictionKind kind, String state, String fips) {
        Jurisdiction j = new Jurisdiction();
        j.setSlug("rules-" + u + "-" + kind.name().toLowerCase().replace('_', '-'));
        j.setName("Rules " + u);
        j.setKind(kind);
        j.setStateCode(state);
        j.setFips(fips);
        return j;
    }

    @Test
    void aStateCodeMustBeARealStateOrTerritoryAndIsStoredUpperCase() {
        refused(
                () -> jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.CITY, "ZZ", null), List.of()),
                "stateCode",
                "State");
        refused(
                () -> jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.CITY, "I1", null), List.of()),
                "stateCode",
                "State");
        Jurisdiction saved =
                jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.TERRITORY, " pr ", "72"), List.of());
        assertThat(saved.getStateCode()).isEqualTo("PR");
        assertThat(UsState.values()).hasSize(56).extracting(UsState::fips).doesNotHaveDuplicates();
    }

    @Test
    void aFipsCodeAgreesWithTheStateAndTheKind() {
        refused(
                () -> jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.CITY, "IL", "0644000"), List.of()),
                "fips",
                "FIPS");
        refused(
                () -> jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.STATE, "IL", "18"), List.of()),
                "fips",
                "FIPS");
        refused(
                () -> jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.COUNTY, "IL", "1714000"), List.of()),
                "fips",
                "FIPS");
        refused(
                () -> jurisdictions.save(EDITOR, jurisdiction(JurisdictionKind.CITY, "IL", "17-4000"), List.of()),
                "fips",
                "FIPS");
        assertThat(jurisdictions
                        .save(EDITOR, jurisdiction(JurisdictionKind.COUNTY, "IL", "17031"), List.of())
                        .getFips())
                .isEqualTo("17031");
        assertThat(jurisdictions
                        .save(EDITOR, jurisdiction(JurisdictionKind.CONSOLIDATED_CITY_COUNTY, "CA", "06075"), List.of())
                        .getFips())
                .isEqualTo("06075");
    }

    @Test
    void coordinatesOutsideTheGlobeAreRefusedNamingTheField() {
        Jurisdiction j = jurisdiction(JurisdictionKind.CITY, "IL", null);
        j.setLatitude(new BigDecimal("95"));
        refused(() -> jurisdictions.save(EDITOR, j, List.of()), "latitude", "Latitude");
    }

    @Test
    void aStatementSaidTomorrowIsRefusedButOneSaidThisMonthIsNot() {
        Statement s = new Statement();
        s.setPersonId(people.search("Rahm Emanuel", 0, 1).get(0).getId());
        s.setKind(StatementKind.QUOTE);
        s.setText("Rules " + u);
        s.setSaidOn(TODAY.plusDays(1));
        s.setSaidPrecision(DatePrecision.DAY);
        refused(() -> statements.save(EDITOR, s, List.of()), "saidOn", "Said on");
        s.setSaidOn(TODAY.withDayOfMonth(1));
        s.setSaidPrecision(DatePrecision.MONTH);
        assertThat(statements.save(EDITOR, s, List.of()).getId()).isNotNull();
    }

    @Test
    void aDesignationCannotBeAppliedInTheFuture() {
        Designation d = new Designation();
        d.setJurisdictionId(chicago);
        d.setDesignator(Designator.NEWS_MEDIA);
        d.setLabel("Rules " + u);
        d.setDesignatedOn(LocalDate.of(2027, 1, 1));
        d.setDesignatedPrecision(DatePrecision.YEAR);
        refused(() -> designations.save(EDITOR, d, List.of()), "designatedOn", "Designated on");
    }

    @Test
    void aPolicyPositionMayTakeEffectInTheFutureButNotEndBeforeItStarts() {
        PolicyPosition p = new PolicyPosition();
        p.setJurisdictionId(chicago);
        p.setVariable(PolicyVariable.ICE_JAIL_ACCESS);
        p.setValue(PolicyValue.NO);
        p.setValidFromOn(LocalDate.of(2027, 1, 1));
        p.setValidFromPrecision(DatePrecision.DAY);
        p.setValidToOn(LocalDate.of(2026, 1, 1));
        p.setValidToPrecision(DatePrecision.DAY);
        refused(() -> positions.save(EDITOR, p, List.of()), "validTo", "Valid to");
        p.setValidToOn(LocalDate.of(2030, 1, 1));
        assertThat(positions.save(EDITOR, p, List.of()).getId()).isNotNull();
    }

    @Test
    void aLettersDeadlineMayBeAheadButItsSendingAndResponseMayNot() {
        DojLetter l = new DojLetter();
        l.setJurisdictionId(chicago);
        l.setStatus(LetterStatus.SENT);
        l.setSentOn(TODAY.plusMonths(1));
        l.setSentPrecision(DatePrecision.DAY);
        refused(() -> letters.save(EDITOR, l, List.of()), "sentOn", "Sent on");
        l.setSentOn(TODAY.minusMonths(1));
        l.setResponseOn(TODAY.plusDays(3));
        l.setResponsePrecision(DatePrecision.DAY);
        refused(() -> letters.save(EDITOR, l, List.of()), "responseOn", "Responded on");
        l.setResponseOn(null);
        l.setResponsePrecision(null);
        l.setDeadlineOn(TODAY.plusMonths(2));
        l.setDeadlinePrecision(DatePrecision.DAY);
        assertThat(letters.save(EDITOR, l, List.of(), StatusHistories.one(LetterStatus.SENT, List.of()))
                        .getId())
                .isNotNull();
    }

    @Test
    void aFundingThreatIsAnnouncedInThePastForZeroDollarsOrMore() {
        FundingThreat t = new FundingThreat();
        t.setJurisdictionId(chicago);
        t.setIssuingAuthority("Rules " + u);
        t.setInstrument(ThreatInstrument.MEMO);
        t.setStatus(ThreatStatus.THREATENED);
        t.setAmountUsd(new BigDecimal("-1"));
        refused(() -> threats.save(EDITOR, t, List.of()), "amountUsd", "Amount at stake");
        t.setAmountUsd(BigDecimal.TEN);
        t.setAnnouncedOn(TODAY.plusDays(1));
        t.setAnnouncedPrecision(DatePrecision.DAY);
        refused(() -> threats.save(EDITOR, t, List.of()), "announcedOn", "Announced on");
        t.setAnnouncedOn(TODAY);
        FundingThreat saved =
                threats.save(EDITOR, t, List.of(), StatusHistories.one(ThreatStatus.THREATENED, List.of()));

        CourtCase c = new CourtCase();
        c.setFundingThreatId(saved.getId());
        c.setName("Rules v. " + u);
        c.setRulingOn(LocalDate.of(2026, 7, 1));
        c.setRulingPrecision(DatePrecision.MONTH);
        refused(() -> courtCases.save(EDITOR, c, List.of()), "rulingOn", "Ruling on");
    }

    @Test
    void anEventHasHappenedAndHasATitle() {
        Event e = new Event();
        e.setKind(EventKind.MEETING);
        e.setTitle(" ");
        refused(() -> events.save(EDITOR, e, List.of()), "title", "Title");
        e.setTitle("Rules " + u);
        e.setOccurredOn(LocalDate.of(2027, 1, 1));
        e.setOccurredPrecision(DatePrecision.YEAR);
        refused(() -> events.save(EDITOR, e, List.of()), "occurredOn", "Occurred on");
    }

    @Test
    void aPersonHasAName() {
        refused(() -> people.save(EDITOR, new Person(), List.of()), "name", "Name");
    }

    @Test
    void aSourcesUrlIsAWebAddressInWordsAndItsPublicationIsNotAhead() {
        Source s = new Source();
        s.setTitle("Rules " + u);
        s.setUrl("https://example.org/a page|here");
        refused(() -> sources.save(EDITOR, s, List.of()), "url", "URL");
        s.setUrl("ftp://example.org/file");
        refused(() -> sources.save(EDITOR, s, List.of()), "url", "URL");
        s.setUrl(" https://example.org/page ");
        s.setPublishedOn(TODAY.plusDays(1));
        s.setPublishedPrecision(DatePrecision.DAY);
        refused(() -> sources.save(EDITOR, s, List.of()), "published", "Published");
        s.setPublishedOn(TODAY);
        assertThat(sources.save(EDITOR, s, List.of()).getUrl()).isEqualTo("https://example.org/page");
    }
}
