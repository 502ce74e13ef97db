package org.civicdata.tracker.infra.seed;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.infra.seed.SeedRecords.CourtCaseSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.DesignationSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.DojLetterSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.EventSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.FundingThreatSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.PersonSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.PolicyPositionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.SourceSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.StatementSeed;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.Venue;
import org.civicdata.tracker.record.status.StatusHistory;
import org.civicdata.tracker.record.status.StatusHistoryParts;

/**
 * The record a seed describes, as the entity that is written, with the ids of what it refers to. One
 * place for both uses: {@link SeedValidator} checks these entities with each type's rules (the same the
 * staff form uses), {@link SeedLoader} writes them. Call only for a seed whose enumerations and dates
 * the validator has read without a problem.
 */
final class SeedEntities {

    private SeedEntities() {}

    static Source source(SourceSeed s) {
        Source r = new Source();
        r.setTitle(s.title());
        r.setPublication(s.publication());
        r.setAuthor(s.author());
        r.setUrl(s.url());
        date(s.published(), r::setPublishedOn, r::setPublishedPrecision);
        r.setPublishedInferred(Boolean.TRUE.equals(s.publishedInferred()));
        r.setSeedDocument(s.seedDocument());
        org.civicdata.tracker.record.source.SourceRules.normalise(r);
        return r;
    }

    static Jurisdiction jurisdiction(JurisdictionSeed j, @Nullable Long parentId) {
        Jurisdiction r = new Jurisdiction();
        r.setSlug(j.slug());
        r.setName(j.name());
        r.setKind(JurisdictionKind.valueOf(j.kind()));
        r.setStateCode(j.state());
        r.setFips(j.fips());
        r.setLatitude(j.latitude());
        r.setLongitude(j.longitude());
        r.setParentId(parentId);
        org.civicdata.tracker.record.jurisdiction.JurisdictionRules.normalise(r);
        return r;
    }

    static Person person(PersonSeed p) {
        Person r = new Person();
        r.setName(p.name());
        r.setRole(p.role());
        r.setOffice(p.office());
        r.setAffiliation(p.affiliation());
        r.setOrganization(Boolean.TRUE.equals(p.organization()));
        return r;
    }

    static Statement statement(StatementSeed s, @Nullable Long personId, @Nullable Long jurisdictionId) {
        Statement r = new Statement();
        r.setPersonId(personId);
        r.setJurisdictionId(jurisdictionId);
        r.setKind(StatementKind.valueOf(s.kind()));
        r.setText(s.text());
        date(s.saidOn(), r::setSaidOn, r::setSaidPrecision);
        r.setSaidOnInferred(Boolean.TRUE.equals(s.saidOnInferred()));
        r.setVenue(s.venue() == null ? null : Venue.valueOf(s.venue()));
        r.setVenueDetail(s.venueDetail());
        r.setReportedBy(s.reportedBy());
        return r;
    }

    static Designation designation(DesignationSeed d, @Nullable Long jurisdictionId) {
        Designation r = new Designation();
        r.setJurisdictionId(jurisdictionId);
        r.setDesignator(Designator.valueOf(d.designator()));
        r.setDesignatorName(d.designatorName());
        r.setLabel(d.label());
        date(d.designatedOn(), r::setDesignatedOn, r::setDesignatedPrecision);
        return r;
    }

    static PolicyPosition position(PolicyPositionSeed p, @Nullable Long jurisdictionId) {
        PolicyPosition r = new PolicyPosition();
        r.setJurisdictionId(jurisdictionId);
        r.setVariable(PolicyVariable.valueOf(p.variable()));
        r.setValue(PolicyValue.valueOf(p.value()));
        date(p.validFrom(), r::setValidFromOn, r::setValidFromPrecision);
        date(p.validTo(), r::setValidToOn, r::setValidToPrecision);
        return r;
    }

    static DojLetter letter(DojLetterSeed l, @Nullable Long jurisdictionId) {
        DojLetter r = new DojLetter();
        r.setJurisdictionId(jurisdictionId);
        r.setRecipients(l.recipients());
        date(l.sentOn(), r::setSentOn, r::setSentPrecision);
        r.setSender(l.sender());
        r.setLegalBasis(l.legalBasis());
        date(l.deadline(), r::setDeadlineOn, r::setDeadlinePrecision);
        r.setStatus(LetterStatus.valueOf(l.status()));
        date(l.responseOn(), r::setResponseOn, r::setResponsePrecision);
        r.setFundingAtStake(l.fundingAtStake());
        return r;
    }

    static FundingThreat threat(FundingThreatSeed t, @Nullable Long jurisdictionId, @Nullable Long letterId) {
        FundingThreat r = new FundingThreat();
        r.setJurisdictionId(jurisdictionId);
        r.setScope(t.scope());
        r.setIssuingAuthority(t.issuingAuthority());
        r.setInstrument(ThreatInstrument.valueOf(t.instrument()));
        r.setInstrumentDetail(t.instrumentDetail());
        r.setDojLetterId(letterId);
        r.setProgramme(t.programme());
        r.setAmountUsd(t.amountUsd());
        r.setStatus(ThreatStatus.valueOf(t.status()));
        date(t.announcedOn(), r::setAnnouncedOn, r::setAnnouncedPrecision);
        return r;
    }

    static CourtCase courtCase(CourtCaseSeed c, @Nullable Long threatId) {
        CourtCase r = new CourtCase();
        r.setFundingThreatId(threatId);
        r.setName(c.name());
        r.setCourt(c.court());
        r.setJudge(c.judge());
        date(c.rulingOn(), r::setRulingOn, r::setRulingPrecision);
        r.setOutcome(c.outcome());
        r.setSummary(c.summary());
        return r;
    }

    /**
     * A seeded letter's, threat's or court case's status history: one entry with its status, dated by its
     * own date, cited by its first source, marked as made from the record's own status (as V10 made them
     * for the records it migrated), so that a fresh database and a migrated one look alike.
     */
    static Map<String, Object> initialHistory(Coded status, @Nullable String date, @Nullable Long firstSource) {
        return Map.of(
                StatusHistory.PART,
                List.of(StatusHistoryParts.initial(status, date(date), firstSource)
                        .part()));
    }

    /** The event alone; its jurisdictions and figures are parts written with it. */
    static Event event(EventSeed e) {
        Event r = new Event();
        r.setNotes(e.notes());
        r.setTitle(e.title());
        r.setKind(EventKind.valueOf(e.kind()));
        date(e.occurredOn(), r::setOccurredOn, r::setOccurredPrecision);
        r.setOccurredOnInferred(Boolean.TRUE.equals(e.occurredOnInferred()));
        r.setDescription(e.description());
        return r;
    }

    /** A seed's partial date as the record keeps it: its first day and its precision (both null when empty). */
    private static void date(@Nullable String text, Consumer<LocalDate> on, Consumer<DatePrecision> precision) {
        PartialDate date = date(text);
        on.accept(date == null ? null : date.start());
        precision.accept(date == null ? null : date.precision());
    }

    private static @Nullable PartialDate date(@Nullable String text) {
        return text == null || text.isBlank() ? null : PartialDate.parse(text);
    }
}
