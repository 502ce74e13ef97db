package org.civicdata.tracker.record.designation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;
import static org.civicdata.tracker.edge.staff.EditorChecks.rowsAt;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class DesignationViewsTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    DesignationService service;

    @Inject
    JurisdictionRepository jurisdictions;

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
    void theListShowsSeededDesignationsAndTheDesignatorFilterInTheUrlNarrowsThem() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        assertThat(rowsAt(Designation.class, "designations", Map.of("designator", "SELF_DECLARED")))
                .extracting(Designation::getSeedKey)
                .contains("washington-dc-self-declared-2016", "san-francisco-self-declared-mirkarimi")
                .doesNotContain("san-francisco-news-media-2016");
        assertThat(rowsAt(
                        Designation.class,
                        "designations",
                        Map.of("designator", "NEWS_MEDIA", "publication", "PUBLISHED")))
                .extracting(Designation::getSeedKey)
                .containsExactly("san-francisco-news-media-2016");
        assertThat(rowsAt(Designation.class, "designations", Map.of("q", "Mirkarimi")))
                .extracting(Designation::getSeedKey)
                .containsExactly("san-francisco-self-declared-mirkarimi");
        assertThat(rowsAt(Designation.class, "designations", Map.of("q", "San Francisco")))
                .extracting(Designation::getSeedKey)
                .contains("san-francisco-news-media-2016", "san-francisco-self-declared-mirkarimi");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDesignationNeedsALabelAndEverySaveIsAudited() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(DesignationEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        ((ComboBox<Jurisdiction>) _get(ComboBox.class, spec -> spec.withId("jurisdiction"))).setValue(chicago);
        ((Select<Designator>) _get(Select.class, spec -> spec.withId("designator")))
                .setValue(Designator.ADVOCACY_GROUP);
        TextField label = _get(TextField.class, spec -> spec.withId("label"));
        click("save");
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).contains("label");

        String words = "welcoming city " + UUID.randomUUID();
        label.setValue(words);
        _get(TextField.class, spec -> spec.withId("designated-on")).setValue("2017");
        click("save");
        Designation saved = service.ofJurisdiction(chicago.getId()).stream()
                .filter(d -> words.equals(d.getLabel()))
                .findFirst()
                .orElseThrow();
        assertThat(EditorChecks.auditTrail(audit, RecordType.DESIGNATION, saved.getId()))
                .containsExactly("CREATE by editor-ann");

        _get(TextField.class, spec -> spec.withId("designator-name")).setValue("A group");
        click("save");
        EditorChecks.assertLatest(audit, RecordType.DESIGNATION, saved.getId(), AuditAction.UPDATE, "designatorName");
        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(
                service, service.find(saved.getId()).orElseThrow());
    }
}
