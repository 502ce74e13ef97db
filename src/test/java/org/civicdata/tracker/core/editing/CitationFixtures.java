package org.civicdata.tracker.core.editing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventService;
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

/** Draft records of every kind, created through {@link RecordEditService} as staff create them, for the citation tests. */
public final class CitationFixtures {

    public static final StaffPrincipal EDITOR = new StaffPrincipal("cite-ed", StaffRole.EDITOR, false);
    public static final StaffPrincipal CONTRIBUTOR = new StaffPrincipal("cite-cora", StaffRole.CONTRIBUTOR, false);
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final RecordEditService editor;
    private final RecordWriter writer;

    public CitationFixtures(RecordEditService editor, RecordWriter writer) {
        this.editor = editor;
        this.writer = writer;
    }

    public static String unique() {
        return Long.toString(UNIQUE.incrementAndGet(), 36);
    }

    public Source source(String title) {
        Source s = new Source();
        s.setTitle(title + " " + unique());
        return editor.save(EDITOR, RecordType.SOURCE, s, List.of());
    }

    public Person person(String name, Collection<Long> sources) {
        Person p = new Person();
        p.setName(name + " " + unique());
        return editor.save(EDITOR, RecordType.PERSON, p, sources);
    }

    public Jurisdiction jurisdiction(String slugPrefix, Collection<Long> sources) {
        String u = unique();
        Jurisdiction j = new Jurisdiction();
        j.setSlug(slugPrefix + "-" + u + "-il");
        j.setName("Cited " + u);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("IL");
        j.setLatitude(new java.math.BigDecimal("41.5"));
        j.setLongitude(new java.math.BigDecimal("-88.1"));
        return editor.save(EDITOR, RecordType.JURISDICTION, j, sources);
    }

    public PolicyPosition position(Jurisdiction j, Collection<Long> sources) {
        PolicyPosition p = new PolicyPosition();
        p.setJurisdictionId(j.getId());
        p.setVariable(PolicyVariable.ICE_DETAINER_LIMITS);
        p.setValue(PolicyValue.YES);
        return editor.save(EDITOR, RecordType.POLICY_POSITION, p, sources);
    }

    public Statement statement(Person speaker, Jurisdiction j, Collection<Long> sources) {
        Statement s = new Statement();
        s.setPersonId(speaker.getId());
        s.setJurisdictionId(j == null ? null : j.getId());
        s.setKind(StatementKind.PARAPHRASE);
        s.setText("Said something " + unique());
        return editor.save(EDITOR, RecordType.STATEMENT, s, sources);
    }

    public DojLetter letter(Jurisdiction j, Collection<Long> sources) {
        DojLetter l = new DojLetter();
        l.setJurisdictionId(j.getId());
        l.setStatus(LetterStatus.SENT);
        return editor.save(EDITOR, RecordType.DOJ_LETTER, l, sources);
    }

    public FundingThreat threat(Jurisdiction j, DojLetter letter, Collection<Long> sources) {
        FundingThreat t = new FundingThreat();
        t.setJurisdictionId(j.getId());
        t.setDojLetterId(letter == null ? null : letter.getId());
        t.setIssuingAuthority("U.S. DOJ");
        t.setInstrument(ThreatInstrument.EXECUTIVE_ORDER);
        t.setStatus(ThreatStatus.THREATENED);
        return editor.save(EDITOR, RecordType.FUNDING_THREAT, t, sources);
    }

    public CourtCase courtCase(FundingThreat threat, Collection<Long> sources) {
        CourtCase c = new CourtCase();
        c.setFundingThreatId(threat.getId());
        c.setName("City v. Sessions " + unique());
        return editor.save(EDITOR, RecordType.COURT_CASE, c, sources);
    }

    public Event event(List<Jurisdiction> jurisdictions, Collection<Long> sources) {
        Event e = new Event();
        e.setTitle("Rally " + unique());
        e.setKind(EventKind.MEETING);
        return editor.save(
                EDITOR,
                RecordType.EVENT,
                e,
                sources,
                Map.of(
                        EventService.JURISDICTIONS,
                        jurisdictions.stream().map(Jurisdiction::getSlug).toList()));
    }

    /** The record as stored now. */
    @SuppressWarnings("unchecked")
    public <T extends PublishableRecord> T current(RecordType type, long id) {
        return (T) writer.find(type, id).orElseThrow();
    }

    public PublicationState state(RecordType type, long id) {
        return ((PublishableRecord) writer.find(type, id).orElseThrow()).getPublicationState();
    }

    /** Publishes the record as it is stored now. */
    public <T extends PublishableRecord> T publish(RecordType type, long id) {
        return editor.publish(EDITOR, type, id, current(type, id).getVersion());
    }
}
