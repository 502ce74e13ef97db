package org.civicdata.tracker.edge.staff;

import io.micronaut.context.ApplicationContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventService;
import org.civicdata.tracker.record.funding.CaseStatus;
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

/** A fresh draft of every record type a staff member edits, saved through the services, with unique names. */
public final class StaffDrafts {

    private StaffDrafts() {}

    /** One draft of each type (accounts aside), by type; {@code tag} makes their names unique. */
    public static Map<RecordType, TrackedRecord> ofEveryType(
            ApplicationContext context, StaffPrincipal who, String tag) {
        Map<RecordType, TrackedRecord> drafts = new EnumMap<>(RecordType.class);
        Source source = new Source();
        source.setTitle("Plain source " + tag);
        source = context.getBean(SourceService.class).save(who, source, List.of());
        drafts.put(RecordType.SOURCE, source);
        List<Long> cites = List.of(source.getId());

        Jurisdiction jurisdiction = new Jurisdiction();
        jurisdiction.setName("Plain Town " + tag);
        jurisdiction.setSlug("plain-town-" + tag + "-co");
        jurisdiction.setKind(JurisdictionKind.CONSOLIDATED_CITY_COUNTY);
        jurisdiction.setStateCode("CO");
        jurisdiction = context.getBean(JurisdictionService.class).save(who, jurisdiction, cites);
        drafts.put(RecordType.JURISDICTION, jurisdiction);
        long jurisdictionId = jurisdiction.getId();

        Person person = new Person();
        person.setName("Pat Plain " + tag);
        person = context.getBean(PersonService.class).save(who, person, cites);
        drafts.put(RecordType.PERSON, person);

        Statement statement = new Statement();
        statement.setPersonId(person.getId());
        statement.setJurisdictionId(jurisdictionId);
        statement.setKind(StatementKind.QUOTE);
        statement.setText("We speak plainly " + tag + ".");
        drafts.put(RecordType.STATEMENT, context.getBean(StatementService.class).save(who, statement, cites));

        Designation designation = new Designation();
        designation.setJurisdictionId(jurisdictionId);
        designation.setDesignator(Designator.NEWS_MEDIA);
        designation.setLabel("Plain label " + tag);
        drafts.put(
                RecordType.DESIGNATION,
                context.getBean(DesignationService.class).save(who, designation, cites));

        PolicyPosition position = new PolicyPosition();
        position.setJurisdictionId(jurisdictionId);
        position.setVariable(PolicyVariable.ICE_DETAINER_LIMITS);
        position.setValue(PolicyValue.YES);
        drafts.put(
                RecordType.POLICY_POSITION,
                context.getBean(PolicyPositionService.class).save(who, position, cites));

        DojLetter letter = new DojLetter();
        letter.setJurisdictionId(jurisdictionId);
        letter.setStatus(LetterStatus.FOUND_NON_COMPLIANT);
        drafts.put(
                RecordType.DOJ_LETTER,
                context.getBean(DojLetterService.class)
                        .save(who, letter, cites, StatusHistories.one(LetterStatus.FOUND_NON_COMPLIANT, cites)));

        FundingThreat threat = new FundingThreat();
        threat.setJurisdictionId(jurisdictionId);
        threat.setIssuingAuthority("Plain authority " + tag);
        threat.setInstrument(ThreatInstrument.EXECUTIVE_ORDER);
        threat.setStatus(ThreatStatus.THREATENED);
        threat = context.getBean(FundingThreatService.class)
                .save(who, threat, cites, StatusHistories.one(ThreatStatus.THREATENED, cites));
        drafts.put(RecordType.FUNDING_THREAT, threat);

        CourtCase courtCase = new CourtCase();
        courtCase.setFundingThreatId(threat.getId());
        courtCase.setName("Plain v. Authority " + tag);
        drafts.put(
                RecordType.COURT_CASE,
                context.getBean(CourtCaseService.class)
                        .save(who, courtCase, cites, StatusHistories.one(CaseStatus.FILED, cites)));

        Event event = new Event();
        event.setTitle("Plain meeting " + tag);
        event.setKind(EventKind.MEETING);
        drafts.put(RecordType.EVENT, context.getBean(EventService.class).save(who, event, cites));
        return drafts;
    }

    /** A short tag for unique names and slugs. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
