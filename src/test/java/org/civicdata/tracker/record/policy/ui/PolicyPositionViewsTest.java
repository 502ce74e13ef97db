package org.civicdata.tracker.record.policy.ui;

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
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.staff.EditorChecks;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class PolicyPositionViewsTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    PolicyPositionService service;

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
    void theListShowsTheSeededPositionAndFiltersFromTheUrlNarrowItInTheDatabase() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        List<PolicyPosition> sanctuary =
                rowsAt(PolicyPosition.class, "positions", Map.of("variable", "SELF_DECLARED_SANCTUARY"));
        assertThat(sanctuary).extracting(PolicyPosition::getSeedKey).contains("washington-dc-self-declared-sanctuary");
        assertThat(sanctuary)
                .extracting(PolicyPosition::getVariable)
                .containsOnly(PolicyVariable.SELF_DECLARED_SANCTUARY);
        assertThat(_get(Select.class, spec -> spec.withId("filter-variable")).getValue())
                .isEqualTo(PolicyVariable.SELF_DECLARED_SANCTUARY);

        assertThat(rowsAt(
                        PolicyPosition.class,
                        "positions",
                        Map.of("variable", "SELF_DECLARED_SANCTUARY", "value", "NO")))
                .extracting(PolicyPosition::getSeedKey)
                .doesNotContain("washington-dc-self-declared-sanctuary");
        assertThat(rowsAt(PolicyPosition.class, "positions", Map.of("q", "Washington, D.C")))
                .extracting(PolicyPosition::getSeedKey)
                .contains("washington-dc-self-declared-sanctuary");
        assertThat(rowsAt(PolicyPosition.class, "positions", Map.of("q", "Chicago")))
                .extracting(PolicyPosition::getSeedKey)
                .doesNotContain("washington-dc-self-declared-sanctuary");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPositionNeedsItsJurisdictionAndAnOrderedPeriodAndEverySaveIsAudited() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(PolicyPositionEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        ComboBox<Jurisdiction> jurisdiction = _get(ComboBox.class, spec -> spec.withId("jurisdiction"));
        click("save");
        assertThat(jurisdiction.isInvalid()).isTrue();
        assertThat(jurisdiction.getErrorMessage()).contains("jurisdiction");

        Jurisdiction sacramento = jurisdictions.findBySlug("sacramento-ca").orElseThrow();
        jurisdiction.setValue(sacramento);
        ((Select<PolicyVariable>) _get(Select.class, spec -> spec.withId("variable")))
                .setValue(PolicyVariable.AGREEMENT_287G);
        ((Select<PolicyValue>) _get(Select.class, spec -> spec.withId("value"))).setValue(PolicyValue.NO);
        _get(TextField.class, spec -> spec.withId("valid-from")).setValue("2019-03");
        TextField validTo = _get(TextField.class, spec -> spec.withId("valid-to"));
        validTo.setValue("2018");
        click("save");
        assertThat(validTo.isInvalid()).isTrue();
        assertThat(validTo.getErrorMessage()).contains("Valid to: may not be before valid from");

        validTo.setValue("");
        click("save");
        PolicyPosition saved = service.ofJurisdiction(sacramento.getId()).stream()
                .filter(p -> p.getVariable() == PolicyVariable.AGREEMENT_287G)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(saved.getValidFromPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(EditorChecks.auditTrail(audit, RecordType.POLICY_POSITION, saved.getId()))
                .containsExactly("CREATE by editor-ann");

        ((Select<PolicyValue>) _get(Select.class, spec -> spec.withId("value"))).setValue(PolicyValue.PARTIAL);
        click("save");
        EditorChecks.assertLatest(audit, RecordType.POLICY_POSITION, saved.getId(), AuditAction.UPDATE, "value");
        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(
                service, service.find(saved.getId()).orElseThrow());
    }
}
