package org.civicdata.tracker.record.dojletter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;
import static org.civicdata.tracker.edge.staff.EditorChecks.rowsAt;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.staff.EditorChecks;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterFilter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class DojLetterViewsTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    DojLetterService service;

    @Inject
    AuditEntryRepository audit;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void theListShowsTheSeededLetterAndTheStatusFilterInTheUrlNarrowsIt() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        assertThat(rowsAt(DojLetter.class, "letters", Map.of("status", "SENT")))
                .extracting(DojLetter::getSeedKey)
                .contains("doj-letters-2018-01-24");
        assertThat(rowsAt(DojLetter.class, "letters", Map.of("status", "WITHDRAWN")))
                .allSatisfy(l -> assertThat(l.getStatus()).isEqualTo(LetterStatus.WITHDRAWN))
                .extracting(DojLetter::getSeedKey)
                .doesNotContain("doj-letters-2018-01-24");
        assertThat(rowsAt(DojLetter.class, "letters", Map.of("q", "23 jurisdictions", "publication", "PUBLISHED")))
                .extracting(DojLetter::getSeedKey)
                .containsExactly("doj-letters-2018-01-24");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLetterNeedsAJurisdictionOrRecipientsAndEverySaveIsAudited() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(DojLetterEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        TextField recipients = _get(TextField.class, spec -> spec.withId("recipients"));
        click("save");
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).contains("jurisdiction").contains("recipients");

        String who = "Seven counties " + UUID.randomUUID();
        recipients.setValue(who);
        _get(TextField.class, spec -> spec.withId("sent-on")).setValue("2018-02");
        ((Select<LetterStatus>) _get(Select.class, spec -> spec.withId("status"))).setValue(LetterStatus.SENT);
        click("save");
        DojLetter saved = service.page(new DojLetterFilter(who, null, null), 0, 5, java.util.List.of())
                .get(0);
        assertThat(EditorChecks.auditTrail(audit, RecordType.DOJ_LETTER, saved.getId()))
                .containsExactly("CREATE by editor-ann");

        ((Select<LetterStatus>) _get(Select.class, spec -> spec.withId("status"))).setValue(LetterStatus.RESPONDED);
        _get(TextField.class, spec -> spec.withId("response-on")).setValue("2018-03-01");
        click("save");
        EditorChecks.assertLatest(audit, RecordType.DOJ_LETTER, saved.getId(), AuditAction.UPDATE, "responseOn");
        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(
                service, service.find(saved.getId()).orElseThrow());
    }
}
