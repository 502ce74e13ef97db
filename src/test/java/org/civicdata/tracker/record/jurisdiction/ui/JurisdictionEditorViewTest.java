package org.civicdata.tracker.record.jurisdiction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.SourceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JurisdictionEditorViewTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    JurisdictionService service;

    @Inject
    SourceRepository sources;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }

    private void openNew() {
        UI.getCurrent()
                .navigate(
                        JurisdictionEditorView.class,
                        new RouteParameters("id", org.civicdata.tracker.edge.staff.RecordEditorView.NEW));
    }

    private void fillIn(String slug) {
        field("name").setValue("Springfield " + unique);
        field("slug").setValue(slug);
        field("state").setValue("IL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorCreatesAJurisdictionWithASourceAndPublishesIt() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        openNew();
        String slug = "springfield-" + unique + "-zz";
        fillIn(slug);
        MultiSelectComboBox<org.civicdata.tracker.record.source.Source> cited =
                _get(MultiSelectComboBox.class, spec -> spec.withId("sources"));
        cited.setValue(Set.of(sources.findBySeedKey("doc-003").orElseThrow()));
        click("save");

        Jurisdiction saved = jurisdictions.findBySlug(slug).orElseThrow();
        assertThat(saved.getPublicationState()).isEqualTo(PublicationState.DRAFT);
        assertThat(service.sourceIds(saved.getId()))
                .containsExactly(sources.findBySeedKey("doc-003").orElseThrow().getId());

        click("publish");
        assertThat(jurisdictions.findBySlug(slug).orElseThrow().getPublicationState())
                .isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        openNew();
        fillIn("Not A Slug!");
        click("save");

        TextField slug = field("slug");
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).contains("lowercase letters and digits");
        assertThat(jurisdictions.findBySlug("Not A Slug!")).isEmpty();

        field("slug").setValue("chicago-il");
        click("save");
        assertThat(field("slug").getErrorMessage()).contains("already used by Chicago");
    }

    @Test
    void aContributorSeesNoPublishButton() {
        StaffUi.signedInAs(context, "contributor-cy", StaffRole.CONTRIBUTOR);
        openNew();
        fillIn("contrib-" + unique + "-zz");
        click("save");
        assertThat(jurisdictions.findBySlug("contrib-" + unique + "-zz")).isPresent();
        assertThat(_find(Button.class, spec -> spec.withId("publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("delete"))).isEmpty();
    }

    @Test
    void whenSomeoneElseSavedFirstTheConflictDialogShowsTheirChangeAndMineGoesOnTop() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        openNew();
        String slug = "conflict-" + unique + "-zz";
        fillIn(slug);
        click("save");
        Jurisdiction stored = jurisdictions.findBySlug(slug).orElseThrow();

        // Bob saves a FIPS code while Ann edits the name.
        Jurisdiction bobs = jurisdictions.findById(stored.getId()).orElseThrow();
        bobs.setFips("1799123");
        service.save(new StaffPrincipal("bob", StaffRole.EDITOR, false), bobs, List.of());

        field("name").setValue("Ann's name");
        click("save");

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class).getText())
                .contains("bob");
        assertThat(_get(
                                dialog,
                                com.vaadin.flow.component.html.NativeTableRow.class,
                                spec -> spec.withId("conflict-row-fips"))
                        .getElement()
                        .getTextRecursively())
                .contains("FIPS / GEOID")
                .contains("1799123")
                .contains("theirs (only they changed it)");
        assertThat(jurisdictions.findById(stored.getId()).orElseThrow().getName())
                .isNotEqualTo("Ann's name");

        _get(dialog, Button.class, spec -> spec.withId("conflict-apply-mine")).click();
        assertThat(field("name").getValue()).isEqualTo("Ann's name");
        assertThat(field("fips").getValue()).isEqualTo("1799123");
        click("save");

        Jurisdiction merged = jurisdictions.findById(stored.getId()).orElseThrow();
        assertThat(merged.getName()).isEqualTo("Ann's name");
        assertThat(merged.getFips()).isEqualTo("1799123");
    }

    @Test
    void theHistoryShowsEachChangeAndRevertRestoresAnEarlierVersion() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        openNew();
        String slug = "history-" + unique + "-zz";
        fillIn(slug);
        click("save");
        String original = field("name").getValue();
        field("name").setValue("Changed name");
        click("save");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.civicdata.tracker.core.editing.RecordHistory.Entry> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("history"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).changes())
                .anySatisfy(c -> assertThat(c.field() + ": " + c.before() + " → " + c.after())
                        .isEqualTo("Name: " + original + " → Changed name"));

        Button revert = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 1, "revert");
        assertThat(revert.getText()).isEqualTo("Revert to v0");
        revert.click();
        click("revert-confirm");
        assertThat(jurisdictions.findBySlug(slug).orElseThrow().getName()).isEqualTo(original);
        assertThat(field("name").getValue()).isEqualTo(original);
    }

    @Test
    void aJurisdictionShowsItsStatementsAndEachOpensItsEditor() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        long chicago = jurisdictions.findBySlug("chicago-il").orElseThrow().getId();
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", String.valueOf(chicago)));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.civicdata.tracker.record.statement.Statement> attached =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("attached-statements"));
        int emanuel = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(attached))
                .filter(i -> com.github.mvysny.kaributesting.v10.GridKt._get(attached, i)
                        .getText()
                        .contains("economic, cultural, and intellectual energy"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Emanuel's statement is not listed for Chicago"));

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(attached, emanuel);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(org.civicdata.tracker.record.statement.ui.StatementEditorView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJurisdictionListsEveryKindOfAttachedRecordDraftsIncludedEachOpeningItsEditor() {
        StaffPrincipal ann = new StaffPrincipal("editor-ann", StaffRole.EDITOR, false);
        Jurisdiction town = new Jurisdiction();
        town.setName("Attachville " + unique);
        town.setSlug("attachville-" + unique + "-zz");
        town.setKind(org.civicdata.tracker.record.jurisdiction.JurisdictionKind.CITY);
        town.setStateCode("IL");
        long id = service.save(ann, town, List.of()).getId();

        var position = new org.civicdata.tracker.record.policy.PolicyPosition();
        position.setJurisdictionId(id);
        position.setVariable(org.civicdata.tracker.record.policy.PolicyVariable.ICE_JAIL_ACCESS);
        position.setValue(org.civicdata.tracker.record.policy.PolicyValue.NO);
        context.getBean(org.civicdata.tracker.record.policy.PolicyPositionService.class)
                .save(ann, position, List.of());
        var designation = new org.civicdata.tracker.record.designation.Designation();
        designation.setJurisdictionId(id);
        designation.setDesignator(org.civicdata.tracker.record.designation.Designator.OTHER);
        designation.setLabel("welcoming city");
        context.getBean(org.civicdata.tracker.record.designation.DesignationService.class)
                .save(ann, designation, List.of());
        var letter = new org.civicdata.tracker.record.dojletter.DojLetter();
        letter.setJurisdictionId(id);
        letter.setStatus(org.civicdata.tracker.record.dojletter.LetterStatus.SENT);
        long letterId = context.getBean(org.civicdata.tracker.record.dojletter.DojLetterService.class)
                .save(
                        ann,
                        letter,
                        List.of(),
                        org.civicdata.tracker.record.status.StatusHistories.one(
                                org.civicdata.tracker.record.dojletter.LetterStatus.SENT, List.of()))
                .getId();
        var threat = new org.civicdata.tracker.record.funding.FundingThreat();
        threat.setJurisdictionId(id);
        threat.setIssuingAuthority("U.S. Department of Justice");
        threat.setInstrument(org.civicdata.tracker.record.funding.ThreatInstrument.DOJ_LETTER);
        threat.setStatus(org.civicdata.tracker.record.funding.ThreatStatus.THREATENED);
        long threatId = context.getBean(org.civicdata.tracker.record.funding.FundingThreatService.class)
                .save(
                        ann,
                        threat,
                        List.of(),
                        org.civicdata.tracker.record.status.StatusHistories.one(
                                org.civicdata.tracker.record.funding.ThreatStatus.THREATENED, List.of()))
                .getId();
        var courtCase = new org.civicdata.tracker.record.funding.CourtCase();
        courtCase.setFundingThreatId(threatId);
        courtCase.setName("Attachville v. Sessions");
        context.getBean(org.civicdata.tracker.record.funding.CourtCaseService.class)
                .save(
                        ann,
                        courtCase,
                        List.of(),
                        org.civicdata.tracker.record.status.StatusHistories.one(
                                org.civicdata.tracker.record.funding.CaseStatus.FILED, List.of()));
        var event = new org.civicdata.tracker.record.event.Event();
        event.setTitle("Attachville council vote");
        event.setKind(org.civicdata.tracker.record.event.EventKind.MEETING);
        context.getBean(org.civicdata.tracker.record.event.EventService.class)
                .save(
                        ann,
                        event,
                        List.of(),
                        java.util.Map.of(
                                org.civicdata.tracker.record.event.EventService.JURISDICTIONS,
                                List.of(town.getSlug())));

        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", String.valueOf(id)));
        for (String list : List.of(
                "attached-positions",
                "attached-designations",
                "attached-letters",
                "attached-threats",
                "attached-court-cases",
                "attached-events")) {
            com.vaadin.flow.component.grid.Grid<org.civicdata.tracker.core.common.PublishableRecord> grid =
                    _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId(list));
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                    .as(list)
                    .isEqualTo(1);
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).getPublicationState())
                    .as(list)
                    .isEqualTo(PublicationState.DRAFT);
        }
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("attached-statements")))
                .as("no statements: the section says (0) and shows no empty grid")
                .isEmpty();

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("attached-letters")), 0);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(org.civicdata.tracker.record.dojletter.ui.DojLetterEditorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("letters/" + letterId);
    }
}
