package org.civicdata.tracker.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RecordWriterTest {

    @Inject
    RecordWriter writer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    SourceRepository sources;

    @Inject
    StatementRepository statements;

    @Inject
    AuditEntryRepository audit;

    @Inject
    io.micronaut.json.JsonMapper json;

    private Jurisdiction newJurisdiction() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Jurisdiction j = new Jurisdiction();
        j.setSlug("testtown-" + unique + "-zz");
        j.setName("Testtown " + unique);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("ZZ");
        j.setLatitude(new BigDecimal("41.878100"));
        return writer.create(RecordType.JURISDICTION, j, List.of(), Map.of(), "alice");
    }

    @Test
    void anUpdateRecordsEachChangedFieldWithItsOldAndNewValue() {
        Jurisdiction created = newJurisdiction();
        Jurisdiction edited = jurisdictions.findById(created.getId()).orElseThrow();
        edited.setName("Renamed");
        edited.setFips("1799999");
        edited.setLatitude(new BigDecimal("41.8781"));

        Jurisdiction saved = writer.update(RecordType.JURISDICTION, edited, "bob");

        assertThat(saved.getVersion()).isEqualTo(created.getVersion() + 1);
        assertThat(saved.getUpdatedBy()).isEqualTo("bob");
        assertThat(saved.getCreatedBy()).isEqualTo("alice");
        List<AuditEntry> history = audit.findByRecordTypeAndRecordIdOrderById(RecordType.JURISDICTION, created.getId());
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        AuditEntry update = history.get(1);
        assertThat(update.actor()).isEqualTo("bob");
        assertThat(update.recordVersion()).isEqualTo(saved.getVersion());
        assertThat(update.changes())
                .contains("\"name\":{\"old\":\"" + created.getName() + "\",\"new\":\"Renamed\"}")
                .contains("\"fips\":{\"old\":null,\"new\":\"1799999\"}")
                .as("41.8781 and 41.878100 are the same latitude, not a change")
                .doesNotContain("latitude")
                .doesNotContain("version")
                .doesNotContain("updatedAt");
    }

    @Test
    void textLongerThanItsColumnIsRefusedNamingTheFieldAndNothingIsWritten() {
        Jurisdiction tooLong = new Jurisdiction();
        tooLong.setSlug("too-long-zz");
        tooLong.setName("x".repeat(201));
        tooLong.setKind(JurisdictionKind.CITY);
        tooLong.setStateCode("ZZ");
        long entriesBefore = audit.count();
        assertThatThrownBy(() -> writer.create(RecordType.JURISDICTION, tooLong, List.of(), Map.of(), "alice"))
                .isInstanceOfSatisfying(org.civicdata.tracker.core.common.InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Name holds at most 200 characters; this has 201.");
                });
        assertThat(jurisdictions.findBySlug("too-long-zz")).isEmpty();

        // 200 four-byte characters fit VARCHAR(200) in utf8mb4; a TEXT column is bounded by its 65,535 bytes.
        Jurisdiction created = newJurisdiction();
        Jurisdiction edited = jurisdictions.findById(created.getId()).orElseThrow();
        edited.setName("\uD83D\uDDFD".repeat(200));
        Jurisdiction saved = writer.update(RecordType.JURISDICTION, edited, "bob");
        edited = jurisdictions.findById(saved.getId()).orElseThrow();
        edited.setNotes("\u00e9".repeat(40_000));
        Jurisdiction tooMuchNote = edited;
        assertThatThrownBy(() -> writer.update(RecordType.JURISDICTION, tooMuchNote, "bob"))
                .isInstanceOfSatisfying(
                        org.civicdata.tracker.core.common.InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("notes"));
        assertThat(jurisdictions.findById(saved.getId()).orElseThrow().getNotes())
                .isNull();
        assertThat(audit.count()).isEqualTo(entriesBefore + 2);

        // DECIMAL(9,6): a seventh decimal place would be rounded away by the database; refused instead.
        Jurisdiction tooPrecise = jurisdictions.findById(saved.getId()).orElseThrow();
        tooPrecise.setNotes(null);
        tooPrecise.setLatitude(new BigDecimal("41.8781234"));
        assertThatThrownBy(() -> writer.update(RecordType.JURISDICTION, tooPrecise, "bob"))
                .isInstanceOfSatisfying(org.civicdata.tracker.core.common.InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("latitude");
                    assertThat(e.getMessage())
                            .isEqualTo("Latitude takes at most 6 decimal places; 41.8781234 has more.");
                });
        tooPrecise.setLatitude(new BigDecimal("1234.5"));
        assertThatThrownBy(() -> writer.update(RecordType.JURISDICTION, tooPrecise, "bob"))
                .hasMessage("Latitude takes at most 3 digits before the decimal point; 1234.5 is too large.");
    }

    @Test
    void aSaveOfAStaleCopyIsRefusedAndTheFirstSaveIsKept() {
        Jurisdiction created = newJurisdiction();
        Jurisdiction mine = jurisdictions.findById(created.getId()).orElseThrow();
        Jurisdiction theirs = jurisdictions.findById(created.getId()).orElseThrow();
        theirs.setName("Their name");
        writer.update(RecordType.JURISDICTION, theirs, "bob");

        mine.setName("My name");
        assertThatThrownBy(() -> writer.update(RecordType.JURISDICTION, mine, "alice"))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by someone else");

        assertThat(jurisdictions.findById(created.getId()).orElseThrow().getName())
                .isEqualTo("Their name");
        assertThat(audit.findByRecordTypeAndRecordIdOrderById(RecordType.JURISDICTION, created.getId()))
                .extracting(AuditEntry::actor)
                .containsExactly("alice", "bob");
    }

    @Test
    void theDatabaseItselfRejectsAStaleVersion() {
        Jurisdiction created = newJurisdiction();
        Jurisdiction stale = jurisdictions.findById(created.getId()).orElseThrow();
        Jurisdiction fresh = jurisdictions.findById(created.getId()).orElseThrow();
        fresh.setName("First");
        jurisdictions.update(fresh);

        stale.setName("Second");
        assertThatThrownBy(() -> jurisdictions.update(stale)).isInstanceOf(OptimisticLockException.class);
        assertThat(jurisdictions.findById(created.getId()).orElseThrow().getName())
                .isEqualTo("First");
    }

    @Test
    @SuppressWarnings("unchecked")
    void textRoundTripsAsUtf8mb4WithAccentsCurlyQuotesDashesAndEmoji() throws Exception {
        String title = "São Paulo’s “sanctuary” – Ñandú ✊🏽 城市";
        Source source = new Source();
        source.setTitle(title);
        source.setPublishedOn(LocalDate.of(2017, 2, 1));
        source.setPublishedPrecision(DatePrecision.MONTH);
        Source saved = writer.create(RecordType.SOURCE, source, List.of(), Map.of(), "alice");

        Person speaker = new Person();
        speaker.setName("José Ángel Núñez");
        Person person = writer.create(RecordType.PERSON, speaker, List.of(saved.getId()), Map.of(), "alice");
        Statement statement = new Statement();
        statement.setPersonId(person.getId());
        statement.setKind(StatementKind.QUOTE);
        statement.setText("“We’re staying” — 🙂 <b>not bold</b>");
        Statement savedStatement =
                writer.create(RecordType.STATEMENT, statement, List.of(saved.getId()), Map.of(), "alice");

        Source read = sources.findById(saved.getId()).orElseThrow();
        assertThat(read.getTitle()).isEqualTo(title);
        assertThat(read.getPublishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(statements.findById(savedStatement.getId()).orElseThrow().getText())
                .isEqualTo("“We’re staying” — 🙂 <b>not bold</b>");
        String changes = audit.findByRecordTypeAndRecordIdOrderById(RecordType.SOURCE, saved.getId())
                .get(0)
                .changes();
        Map<String, Object> titleChange =
                (Map<String, Object>) json.readValue(changes, Map.class).get("title");
        assertThat(titleChange.get("old")).isNull();
        assertThat(titleChange.get("new")).isEqualTo(title);
    }
}
