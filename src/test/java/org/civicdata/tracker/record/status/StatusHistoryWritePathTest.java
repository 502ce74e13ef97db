package org.civicdata.tracker.record.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicdata.tracker.record.status.StatusHistories.entry;
import static org.civicdata.tracker.record.status.StatusHistories.of;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.AuditTrail;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.audit.StaleRecordException;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatRepository;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.source.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The status history's write path: saved with its record by the service (one version, one audit entry
 * listing {@code statusHistory} and the derived {@code status}), restored by a revert, refused when empty
 * or wrong with nothing written, refused on a stale copy; the seeds' initial entries.
 */
@MicronautTest(transactional = false)
class StatusHistoryWritePathTest {

    private static final String ED = CitationFixtures.EDITOR.username();

    @Inject
    DojLetterService letters;

    @Inject
    DojLetterRepository letterRows;

    @Inject
    FundingThreatService threats;

    @Inject
    FundingThreatRepository threatRows;

    @Inject
    CourtCaseService courtCases;

    @Inject
    StatusChangeRepository entries;

    @Inject
    AuditEntryRepository audit;

    @Inject
    AuditTrail trail;

    @Inject
    RecordEditService editor;

    @Inject
    RecordWriter writer;

    @Inject
    SeedLoader seeds;

    private Source a;
    private Source b;

    @BeforeEach
    void sources() {
        TestSeeds.ensureLoaded(seeds);
        CitationFixtures make = new CitationFixtures(editor, writer);
        a = make.source("Status source A");
        b = make.source("Status source B");
    }

    private DojLetter newLetter() {
        DojLetter l = new DojLetter();
        l.setRecipients("Status test " + CitationFixtures.unique());
        l.setStatus(LetterStatus.WITHDRAWN); // not what the history says: the history decides
        l.setSentOn(LocalDate.of(2017, 8, 3));
        l.setSentPrecision(DatePrecision.DAY);
        return l;
    }

    @Test
    void theHistoryIsSavedWithTheLetterInOneAuditedChangeAndTheStatusIsTheLatestEntrys() {
        DojLetter created = letters.save(
                CitationFixtures.EDITOR,
                newLetter(),
                List.of(a.getId()),
                of(entry(LetterStatus.SENT, "2017-08-03", a.getId())));
        assertThat(created.getStatus()).isEqualTo(LetterStatus.SENT);
        assertThat(letters.history(created.getId())).containsExactly(entry(LetterStatus.SENT, "2017-08-03", a.getId()));
        AuditEntry create = only(created.getId());
        assertThat(trail.readChanges(create))
                .containsKey(StatusHistory.PART)
                .containsEntry("status", change(null, "SENT"));

        // Entries given out of order are stored in history order; the status is the latest's, whatever the copy said.
        DojLetter copy = letters.find(created.getId()).orElseThrow();
        copy.setStatus(LetterStatus.WITHDRAWN);
        StatusEntry found = new StatusEntry(
                "FOUND_NON_COMPLIANT",
                PartialDate.parse("2018-01-24"),
                PartialDate.parse("2018-01-25"),
                b.getId(),
                "DOJ press release",
                false);
        DojLetter updated = letters.save(
                CitationFixtures.EDITOR,
                copy,
                List.of(a.getId(), b.getId()),
                of(
                        found,
                        entry(LetterStatus.SENT, "2017-08-03", a.getId()),
                        entry(LetterStatus.RESPONDED, "2017-10", a.getId())));
        assertThat(updated.getStatus()).isEqualTo(LetterStatus.FOUND_NON_COMPLIANT);
        assertThat(updated.getVersion()).isEqualTo(created.getVersion() + 1);
        assertThat(letterRows.findById(created.getId()).orElseThrow().getStatus())
                .isEqualTo(LetterStatus.FOUND_NON_COMPLIANT);
        assertThat(letters.history(created.getId()))
                .containsExactly(
                        entry(LetterStatus.SENT, "2017-08-03", a.getId()),
                        entry(LetterStatus.RESPONDED, "2017-10", a.getId()),
                        found);
        List<AuditEntry> trailOf = audit.findByRecordTypeAndRecordIdOrderById(RecordType.DOJ_LETTER, created.getId());
        assertThat(trailOf).hasSize(2);
        Map<String, Object> changes = trail.readChanges(trailOf.get(1));
        assertThat(changes).containsEntry("status", change("SENT", "FOUND_NON_COMPLIANT"));
        assertThat(changes.get(StatusHistory.PART))
                .isEqualTo(change(
                                StatusHistory.part(List.of(entry(LetterStatus.SENT, "2017-08-03", a.getId()))),
                                StatusHistory.part(letters.history(created.getId())))
                        .entrySet()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> json(e.getValue()))));

        // A save that leaves the history as it is keeps it, and the status stays derived.
        DojLetter again = letters.find(created.getId()).orElseThrow();
        again.setStatus(LetterStatus.SENT);
        again.setSender("Sessions");
        DojLetter kept = letters.save(CitationFixtures.EDITOR, again, List.of(a.getId(), b.getId()));
        assertThat(kept.getStatus()).isEqualTo(LetterStatus.FOUND_NON_COMPLIANT);
        assertThat(letters.history(created.getId())).hasSize(3);

        // The revert to version 0 restores both the history and the status, in one audited change.
        DojLetter reverted = letters.revert(CitationFixtures.EDITOR, kept, created.getVersion());
        assertThat(reverted.getStatus()).isEqualTo(LetterStatus.SENT);
        assertThat(letters.history(created.getId())).containsExactly(entry(LetterStatus.SENT, "2017-08-03", a.getId()));
        AuditEntry revert = audit.findByRecordTypeAndRecordIdOrderById(RecordType.DOJ_LETTER, created.getId())
                .get(3);
        assertThat(revert.action()).isEqualTo(AuditAction.REVERT);
        assertThat(trail.readChanges(revert)).containsKeys("status", StatusHistory.PART);
        assertThat(trail.stateAt(RecordType.DOJ_LETTER, created.getId(), reverted.getVersion())
                        .get(StatusHistory.PART))
                .isEqualTo(json(StatusHistory.part(letters.history(created.getId()))));
    }

    @Test
    void anEmptyOrWrongHistoryIsRefusedNamingTheFieldAndRowAndNothingIsWritten() {
        long auditBefore = audit.count();
        long entriesBefore = entries.count();
        DojLetter fresh = newLetter();
        refused(
                () -> letters.save(CitationFixtures.EDITOR, fresh, List.of(a.getId())),
                "Status history: add at least one entry");
        refused(
                () -> letters.save(CitationFixtures.EDITOR, newLetter(), List.of(a.getId()), of()),
                "Status history: add at least one entry");
        assertThat(letterRows.findAll()).noneMatch(l -> fresh.getRecipients().equals(l.getRecipients()));
        assertThat(audit.count()).isEqualTo(auditBefore);

        DojLetter created = letters.save(
                CitationFixtures.EDITOR,
                newLetter(),
                List.of(a.getId()),
                of(entry(LetterStatus.SENT, "2017-08-03", a.getId())));
        auditBefore = audit.count();
        entriesBefore = entries.count();
        DojLetter copy = letters.find(created.getId()).orElseThrow();
        refused(
                () -> letters.save(CitationFixtures.EDITOR, copy, List.of(a.getId()), of()),
                "Status history: add at least one entry");
        refused(
                () -> letters.save(
                        CitationFixtures.EDITOR,
                        copy,
                        List.of(a.getId()),
                        of(
                                entry(LetterStatus.SENT, "2017-08-03", a.getId()),
                                entry(LetterStatus.RESPONDED, "2017-09", null))),
                "Status history, row 2: choose the source");
        refused(
                () -> letters.save(
                        CitationFixtures.EDITOR,
                        copy,
                        List.of(a.getId()),
                        of(entry(LetterStatus.SENT, "2017-08-03", b.getId()))),
                "Status history, row 1: its source is not among the record's sources");
        refused(
                () -> letters.save(
                        CitationFixtures.EDITOR,
                        copy,
                        List.of(a.getId()),
                        of(
                                entry(LetterStatus.SENT, "2017-08-03", a.getId()),
                                entry(LetterStatus.RESPONDED, "2999", a.getId()))),
                "Status history, row 2: effective date 2999 is in the future");
        refused(
                () -> letters.save(
                        CitationFixtures.EDITOR,
                        copy,
                        List.of(a.getId()),
                        of(entry(ThreatStatus.ENJOINED, "2017-08-03", a.getId()))),
                "Status history, row 1: 'ENJOINED' is not a status of this record type");
        Map<String, Object> badDate = Map.of(
                StatusHistory.PART, List.of(Map.of("status", "SENT", "effective", "2017-13", "sourceId", a.getId())));
        refused(
                () -> letters.save(CitationFixtures.EDITOR, copy, List.of(a.getId()), badDate),
                "Status history, row 1: effective date: '2017-13' is not a real date");
        assertThat(audit.count()).isEqualTo(auditBefore);
        assertThat(entries.count()).isEqualTo(entriesBefore);
        assertThat(letterRows.findById(created.getId()).orElseThrow().getVersion())
                .isEqualTo(created.getVersion());
    }

    @Test
    void aConcurrentEditOfTheHistoryIsRefusedAndKeepsTheFirst() {
        DojLetter created = letters.save(
                CitationFixtures.EDITOR,
                newLetter(),
                List.of(a.getId()),
                of(entry(LetterStatus.SENT, "2017-08-03", a.getId())));
        DojLetter mine = letters.find(created.getId()).orElseThrow();
        DojLetter theirs = letters.find(created.getId()).orElseThrow();
        letters.save(
                CitationFixtures.EDITOR,
                theirs,
                List.of(a.getId()),
                of(
                        entry(LetterStatus.SENT, "2017-08-03", a.getId()),
                        entry(LetterStatus.RESPONDED, "2017-10", a.getId())));
        long auditBefore = audit.count();
        assertThatThrownBy(() -> letters.save(
                        CitationFixtures.EDITOR,
                        mine,
                        List.of(a.getId()),
                        of(
                                entry(LetterStatus.SENT, "2017-08-03", a.getId()),
                                entry(LetterStatus.WITHDRAWN, "2017-09", a.getId()))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(audit.count()).isEqualTo(auditBefore);
        assertThat(letters.history(created.getId()))
                .extracting(StatusEntry::status)
                .containsExactly("SENT", "RESPONDED");
        assertThat(letterRows.findById(created.getId()).orElseThrow().getStatus())
                .isEqualTo(LetterStatus.RESPONDED);
    }

    @Test
    void aThreatsAndACourtCasesHistoriesAreSavedAndRevertedAlike() {
        FundingThreat t = new FundingThreat();
        t.setScope("Status scope " + CitationFixtures.unique());
        t.setIssuingAuthority("U.S. DOJ");
        t.setInstrument(ThreatInstrument.EXECUTIVE_ORDER);
        FundingThreat threat = threats.save(
                CitationFixtures.EDITOR,
                t,
                List.of(a.getId()),
                of(
                        entry(ThreatStatus.THREATENED, "2017-01-25", a.getId()),
                        entry(ThreatStatus.ENJOINED, "2017-04-25", a.getId())));
        assertThat(threat.getStatus()).isEqualTo(ThreatStatus.ENJOINED);
        assertThat(threatRows.findById(threat.getId()).orElseThrow().getStatus())
                .isEqualTo(ThreatStatus.ENJOINED);

        CourtCase c = new CourtCase();
        c.setFundingThreatId(threat.getId());
        c.setName("County of Santa Clara v. Trump " + CitationFixtures.unique());
        CourtCase courtCase = courtCases.save(
                CitationFixtures.EDITOR, c, List.of(a.getId()), of(entry(CaseStatus.FILED, "2017-02", a.getId())));
        CourtCase ruled = courtCases.save(
                CitationFixtures.EDITOR,
                courtCases.find(courtCase.getId()).orElseThrow(),
                List.of(a.getId()),
                of(entry(CaseStatus.FILED, "2017-02", a.getId()), entry(CaseStatus.RULED, "2017-11-20", a.getId())));
        assertThat(courtCases.latestStatuses(List.of(courtCase.getId())))
                .containsEntry(courtCase.getId(), CaseStatus.RULED);
        courtCases.revert(CitationFixtures.EDITOR, ruled, courtCase.getVersion());
        assertThat(courtCases.history(courtCase.getId()))
                .extracting(StatusEntry::status)
                .containsExactly("FILED");
        refused(
                () -> courtCases.save(
                        CitationFixtures.EDITOR,
                        courtCases.find(courtCase.getId()).orElseThrow(),
                        List.of(a.getId()),
                        of()),
                "Status history: add at least one entry");
    }

    @Test
    void aSeededLetterHasOneInitialEntryCitedByItsFirstSourceAndAuditedWithItsCreation() {
        DojLetter seeded = letterRows.findBySeedKey("doj-letters-2018-01-24").orElseThrow();
        List<StatusEntry> history = letters.history(seeded.getId());
        assertThat(history).hasSize(1);
        StatusEntry initial = history.get(0);
        assertThat(initial.migratedInitial()).isTrue();
        assertThat(initial.status()).isEqualTo(seeded.getStatus().name());
        assertThat(initial.effective()).isEqualTo(PartialDate.of(seeded.getSentOn(), seeded.getSentPrecision()));
        assertThat(initial.sourceId())
                .isEqualTo(
                        editor.sourceIds(RecordType.DOJ_LETTER, seeded.getId()).get(0));
        AuditEntry create = audit.findByRecordTypeAndRecordIdOrderById(RecordType.DOJ_LETTER, seeded.getId())
                .get(0);
        assertThat(create.action()).isEqualTo(AuditAction.CREATE);
        assertThat(trail.readChanges(create)).containsKey(StatusHistory.PART);
    }

    @Test
    void aRevertToAVersionFromBeforeTheHistoryGivesTheInitialEntryOfThatVersion() {
        // A letter as V10 found it: written before the history existed, then given its migrated entry.
        DojLetter old = newLetter();
        old.setStatus(LetterStatus.RESPONDED);
        DojLetter before = writer.create(RecordType.DOJ_LETTER, old, List.of(a.getId()), Map.of(), ED);
        entries.save(new StatusChange(
                null,
                before.getId(),
                null,
                null,
                "RESPONDED",
                LocalDate.of(2017, 8, 3),
                DatePrecision.DAY,
                null,
                null,
                a.getId(),
                true,
                null));
        DojLetter edited = letters.save(
                CitationFixtures.EDITOR,
                letters.find(before.getId()).orElseThrow(),
                List.of(a.getId()),
                of(
                        entry(LetterStatus.RESPONDED, "2017-08-03", a.getId()),
                        entry(LetterStatus.WITHDRAWN, "2018", a.getId())));
        assertThat(edited.getStatus()).isEqualTo(LetterStatus.WITHDRAWN);
        DojLetter reverted = letters.revert(CitationFixtures.EDITOR, edited, before.getVersion());
        assertThat(reverted.getStatus()).isEqualTo(LetterStatus.RESPONDED);
        assertThat(letters.history(before.getId()))
                .containsExactly(
                        new StatusEntry("RESPONDED", PartialDate.parse("2017-08-03"), null, a.getId(), null, true));
    }

    private AuditEntry only(long letterId) {
        List<AuditEntry> all = audit.findByRecordTypeAndRecordIdOrderById(RecordType.DOJ_LETTER, letterId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Map<String, Object> change(Object old, Object now) {
        Map<String, Object> change = new java.util.LinkedHashMap<>();
        change.put("old", old);
        change.put("new", now);
        return change;
    }

    /** A value as read back from the audit trail's JSON (whole numbers as Integer when they fit). */
    private static Object json(Object value) {
        try {
            var mapper = io.micronaut.json.JsonMapper.createDefault();
            return mapper.readValue(mapper.writeValueAsString(value), Object.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable save, String message) {
        assertThatThrownBy(save).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(StatusHistory.PART);
            assertThat(e.getMessage()).startsWith(message);
        });
    }
}
