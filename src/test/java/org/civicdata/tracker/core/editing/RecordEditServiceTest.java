package org.civicdata.tracker.core.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.StaleRecordException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RecordEditServiceTest {

    private static final StaffPrincipal EDITOR = new StaffPrincipal("ed", StaffRole.EDITOR, false);
    private static final StaffPrincipal CONTRIBUTOR = new StaffPrincipal("cora", StaffRole.CONTRIBUTOR, false);

    @Inject
    RecordEditService editor;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    StatementRepository statements;

    @Inject
    PersonRepository people;

    @Inject
    SourceRepository sources;

    @Inject
    AuditEntryRepository audit;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private Jurisdiction draftJurisdiction(StaffPrincipal who) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Jurisdiction j = new Jurisdiction();
        j.setSlug("edit-" + unique + "-zz");
        j.setName("Edit " + unique);
        j.setKind(JurisdictionKind.COUNTY);
        j.setStateCode("ZZ");
        return editor.save(who, RecordType.JURISDICTION, j, List.of());
    }

    private Statement draftStatement() {
        Statement s = new Statement();
        s.setPersonId(people.findBySeedKey("rahm-emanuel").orElseThrow().getId());
        s.setKind(StatementKind.PARAPHRASE);
        s.setText("A draft paraphrase " + UUID.randomUUID());
        return editor.save(CONTRIBUTOR, RecordType.STATEMENT, s, List.of());
    }

    private List<AuditEntry> history(RecordType type, long id) {
        return audit.findByRecordTypeAndRecordIdOrderById(type, id);
    }

    @Test
    void aStatementIsNotPublishedWithoutASourceAndIsOnceItHasOne() {
        Statement draft = draftStatement();
        assertThatThrownBy(() -> editor.publish(EDITOR, RecordType.STATEMENT, draft.getId(), draft.getVersion()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sources"));
        assertThat(statements.findById(draft.getId()).orElseThrow().getPublicationState())
                .isEqualTo(PublicationState.DRAFT);

        long doc000 = sources.findBySeedKey("doc-000").orElseThrow().getId();
        Statement cited = editor.save(
                CONTRIBUTOR,
                RecordType.STATEMENT,
                statements.findById(draft.getId()).orElseThrow(),
                List.of(doc000));
        Statement published = editor.publish(EDITOR, RecordType.STATEMENT, cited.getId(), cited.getVersion());

        assertThat(published.getPublicationState()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(history(RecordType.STATEMENT, draft.getId()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.PUBLISH);
        assertThat(history(RecordType.STATEMENT, draft.getId()).get(1).changes())
                .contains("\"sources\":{\"old\":[],\"new\":[" + doc000 + "]}");
        assertThat(history(RecordType.STATEMENT, draft.getId()).get(2).changes())
                .contains("\"publicationState\":{\"old\":\"DRAFT\",\"new\":\"PUBLISHED\"}");
    }

    @Test
    void aContributorEditsDraftsButNeitherPublishesNorDeletesNorEditsPublishedRecords() {
        Jurisdiction mine = draftJurisdiction(CONTRIBUTOR);
        mine.setName("Renamed by contributor");
        long doc000 = sources.findBySeedKey("doc-000").orElseThrow().getId();
        Jurisdiction edited = editor.save(CONTRIBUTOR, RecordType.JURISDICTION, mine, List.of(doc000));
        assertThat(edited.getName()).isEqualTo("Renamed by contributor");

        assertThatThrownBy(
                        () -> editor.publish(CONTRIBUTOR, RecordType.JURISDICTION, edited.getId(), edited.getVersion()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(
                        () -> editor.delete(CONTRIBUTOR, RecordType.JURISDICTION, edited.getId(), edited.getVersion()))
                .isInstanceOf(NotPermittedException.class);

        Jurisdiction published = editor.publish(EDITOR, RecordType.JURISDICTION, edited.getId(), edited.getVersion());
        published.setName("Contributor edit of a published record");
        assertThatThrownBy(() -> editor.save(CONTRIBUTOR, RecordType.JURISDICTION, published, List.of()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(jurisdictions.findById(edited.getId()).orElseThrow().getName())
                .isEqualTo("Renamed by contributor");
    }

    @Test
    void revertRestoresAnEarlierVersionAsANewAuditedChange() {
        Jurisdiction created = draftJurisdiction(EDITOR);
        String original = created.getName();
        created.setName("Second name");
        Jurisdiction v1 = editor.save(EDITOR, RecordType.JURISDICTION, created, List.of());
        v1.setName("Third name");
        v1.setFips("99001");
        Jurisdiction v2 = editor.save(EDITOR, RecordType.JURISDICTION, v1, List.of());

        Jurisdiction reverted = editor.revert(EDITOR, RecordType.JURISDICTION, v2.getId(), 0, v2.getVersion());

        assertThat(reverted.getName()).isEqualTo(original);
        assertThat(reverted.getFips()).isNull();
        assertThat(reverted.getVersion()).isEqualTo(v2.getVersion() + 1);
        AuditEntry entry = history(RecordType.JURISDICTION, v2.getId()).get(3);
        assertThat(entry.action()).isEqualTo(AuditAction.REVERT);
        assertThat(entry.changes())
                .contains("\"name\":{\"old\":\"Third name\",\"new\":\"" + original + "\"}")
                .contains("\"fips\":{\"old\":\"99001\",\"new\":null}");
    }

    @Test
    void deleteKeepsEveryValueInTheHistoryAndAStaleDeleteIsRefused() {
        Jurisdiction created = draftJurisdiction(EDITOR);
        created.setName("To be deleted");
        Jurisdiction current = editor.save(EDITOR, RecordType.JURISDICTION, created, List.of());

        assertThatThrownBy(
                        () -> editor.delete(EDITOR, RecordType.JURISDICTION, current.getId(), current.getVersion() - 1))
                .isInstanceOf(StaleRecordException.class);
        editor.delete(EDITOR, RecordType.JURISDICTION, current.getId(), current.getVersion());

        assertThat(jurisdictions.findById(current.getId())).isEmpty();
        AuditEntry deletion = history(RecordType.JURISDICTION, current.getId()).get(2);
        assertThat(deletion.action()).isEqualTo(AuditAction.DELETE);
        assertThat(deletion.actor()).isEqualTo("ed");
        assertThat(deletion.changes()).contains("\"name\":{\"old\":\"To be deleted\",\"new\":null}");
    }
}
