package org.civicdata.tracker.record.funding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicdata.tracker.edge.staff.EditorChecks.EDITOR;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;
import static org.civicdata.tracker.edge.staff.EditorChecks.rowsAt;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
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
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatFilter;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.status.StatusHistories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class FundingViewsTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    FundingThreatService threats;

    @Inject
    CourtCaseService courtCases;

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
    void theListsShowSeededThreatsAndCasesAndFiltersInTheUrlNarrowThem() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        assertThat(rowsAt(FundingThreat.class, "threats", Map.of("status", "ENJOINED")))
                .extracting(FundingThreat::getSeedKey)
                .contains("executive-order-deny-federal-funds-2017")
                .doesNotContain("trump-sanctuary-funding-threat-2016");
        assertThat(rowsAt(
                        FundingThreat.class,
                        "threats",
                        Map.of("q", "Department of Justice", "publication", "PUBLISHED")))
                .extracting(FundingThreat::getSeedKey)
                .containsExactly("doj-letters-subpoena-funding-threat-2018");
        assertThat(rowsAt(CourtCase.class, "court-cases", Map.of("q", "Orrick")))
                .extracting(CourtCase::getSeedKey)
                .containsExactly("orrick-executive-order-ruling");
        assertThat(rowsAt(CourtCase.class, "court-cases", Map.of("q", "Orrick", "publication", "DRAFT")))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThreatNeedsATargetAndANonNegativeAmountAndListsItsCourtCases() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(FundingThreatEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        String authority = "State attorney " + UUID.randomUUID();
        _get(TextField.class, spec -> spec.withId("issuing-authority")).setValue(authority);
        ((Select<ThreatInstrument>) _get(Select.class, spec -> spec.withId("instrument")))
                .setValue(ThreatInstrument.MEMO);
        TextField scope = _get(TextField.class, spec -> spec.withId("scope"));
        click("save");
        assertThat(scope.isInvalid()).isTrue();
        assertThat(scope.getErrorMessage()).contains("threatened");

        scope.setValue("Counties that decline detainers");
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("amount-usd"));
        amount.setValue(new BigDecimal("-5"));
        click("save");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("0 or more");
        assertThat(threats.count(new FundingThreatFilter(authority, null, null)))
                .isZero();

        amount.setValue(new BigDecimal("1250000.50"));
        click("save");
        FundingThreat saved = threats.page(new FundingThreatFilter(authority, null, null), 0, 5, List.of())
                .get(0);
        assertThat(saved.getStatus()).isEqualTo(ThreatStatus.THREATENED);
        assertThat(EditorChecks.auditTrail(audit, RecordType.FUNDING_THREAT, saved.getId()))
                .containsExactly("CREATE by editor-ann");
        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(
                threats, threats.find(saved.getId()).orElseThrow());

        CourtCase courtCase = new CourtCase();
        courtCase.setFundingThreatId(saved.getId());
        courtCase.setName("County v. Attorney " + UUID.randomUUID());
        CourtCase savedCase = courtCases.save(
                EDITOR,
                courtCase,
                List.of(),
                StatusHistories.one(org.civicdata.tracker.record.funding.CaseStatus.FILED, List.of()));
        assertThatThrownBy(
                        () -> threats.delete(EDITOR, threats.find(saved.getId()).orElseThrow()))
                .isInstanceOf(org.civicdata.tracker.core.common.DependentRecordsException.class)
                .hasMessageContaining("1 record still refers")
                .hasMessageContaining("court case “" + savedCase.getName() + "”");

        UI.getCurrent()
                .navigate(FundingThreatEditorView.class, new RouteParameters("id", String.valueOf(saved.getId())));
        Grid<CourtCase> cases = _get(Grid.class, spec -> spec.withId("court-cases"));
        assertThat(EditorChecks.rows(cases)).extracting(CourtCase::getId).containsExactly(savedCase.getId());
        GridKt._clickItem(cases, 0);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(CourtCaseEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue())
                .isEqualTo(savedCase.getName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCourtCaseNeedsItsThreatAndEverySaveIsAudited() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(CourtCaseEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        String name = "City v. United States " + UUID.randomUUID();
        _get(TextField.class, spec -> spec.withId("name")).setValue(name);
        ComboBox<FundingThreat> threat = _get(ComboBox.class, spec -> spec.withId("funding-threat"));
        click("save");
        assertThat(threat.isInvalid()).isTrue();
        assertThat(threat.getErrorMessage()).contains("funding threat");

        FundingThreat order = threats.page(
                        new FundingThreatFilter("Jurisdictions that refused", null, null), 0, 5, List.of())
                .get(0);
        threat.setValue(order);
        click("save");
        CourtCase saved = threats.courtCasesOf(List.of(order.getId())).stream()
                .filter(c -> name.equals(c.getName()))
                .findFirst()
                .orElseThrow();
        _get(TextField.class, spec -> spec.withId("ruling-on")).setValue("2017-11-20");
        click("save");
        assertThat(EditorChecks.auditTrail(audit, RecordType.COURT_CASE, saved.getId()))
                .containsExactly("CREATE by editor-ann", "UPDATE by editor-ann");
        EditorChecks.assertLatest(audit, RecordType.COURT_CASE, saved.getId(), AuditAction.UPDATE, "rulingOn");
        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(
                courtCases, courtCases.find(saved.getId()).orElseThrow());
    }
}
