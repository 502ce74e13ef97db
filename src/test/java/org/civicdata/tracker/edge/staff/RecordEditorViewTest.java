package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.Edits;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.core.editing.RecordPresence;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventService;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.event.ui.EventEditorView;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.jurisdiction.ui.JurisdictionEditorView;
import org.civicdata.tracker.record.jurisdiction.ui.JurisdictionListView;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.ui.PolicyPositionEditorView;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.source.ui.SourceEditorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor frame every record type shares, in the browserless UI: the three-way conflict dialog,
 * unsaved changes, revert, the status area, what each role is offered, public links, presence.
 */
@MicronautTest(startApplication = false, transactional = false)
class RecordEditorViewTest {

    private static final StaffPrincipal ANN = new StaffPrincipal("editor-ann", StaffRole.EDITOR, false);
    private static final StaffPrincipal BOB = new StaffPrincipal("editor-bob", StaffRole.EDITOR, false);

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    SourceRepository sources;

    @Inject
    EventService events;

    @Inject
    RecordPresence presence;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private Source source(String seedKey) {
        return sources.findBySeedKey(seedKey).orElseThrow();
    }

    private Jurisdiction town(String name) {
        Jurisdiction town = new Jurisdiction();
        town.setName(name + " " + unique);
        town.setSlug(name.toLowerCase().replace(' ', '-') + "-" + unique + "-il");
        town.setKind(JurisdictionKind.CITY);
        town.setStateCode("IL");
        return jurisdictions.save(ANN, town, List.of(source("doc-003").getId()));
    }

    private static void open(Class<? extends RecordEditorView<?>> view, long id) {
        UI.getCurrent().navigate(view, new RouteParameters("id", String.valueOf(id)));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static String status() {
        return _get(Div.class, spec -> spec.withId("editor-status")).getText();
    }

    private static com.vaadin.flow.component.HasElement view() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    /** A row of the conflict dialog: label, started from, theirs, mine, what it keeps. */
    private static List<String> conflictRow(String name) {
        NativeTableRow row = _get(NativeTableRow.class, spec -> spec.withId("conflict-row-" + name));
        return row.getAllCells().stream()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    /** Clicks "Revert to v0" in the history (its last row). */
    @SuppressWarnings("unchecked")
    private static void revertToFirstVersion() {
        Grid<RecordHistory.Entry> history = _get(Grid.class, spec -> spec.withId("history"));
        Button revert = (Button) GridKt._getCellComponent(history, GridKt._size(history) - 1, "revert");
        assertThat(revert.getId()).contains("revert-v0");
        revert.click();
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Source> citedSources() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("sources"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConflictShowsWhatIStartedFromTheirsAndMineAndOverwritesNothingOfTheirsWithoutAChoice() {
        Jurisdiction town = town("Springfield");
        String original = town.getName();
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());

        // Bob renames it, adds a FIPS code and cites another source, while Ann renames it too and changes the state.
        Jurisdiction bobs = jurisdictions.find(town.getId()).orElseThrow();
        bobs.setName("Bob's name " + unique);
        bobs.setFips("1799123");
        jurisdictions.save(
                BOB, bobs, List.of(source("doc-003").getId(), source("doc-000").getId()));
        field("name").setValue("Ann's name " + unique);
        @SuppressWarnings("unchecked")
        Select<JurisdictionKind> kind = _get(Select.class, spec -> spec.withId("kind"));
        // Consolidated: its FIPS may have 7 digits, so their FIPS and my kind merge into a valid record
        kind.setValue(JurisdictionKind.CONSOLIDATED_CITY_COUNTY);
        citedSources().setValue(Set.of(source("doc-003"), source("doc-001")));
        click("save");

        assertThat(status()).contains("Not saved yet").contains("someone else saved");
        assertThat(conflictRow("name"))
                .startsWith("Name — both changed", original, "Bob's name " + unique, "Ann's name " + unique);
        assertThat(conflictRow("fips"))
                .containsExactly("FIPS / GEOID", "(empty)", "1799123", "(empty)", "theirs (only they changed it)");
        assertThat(conflictRow("kind").get(0)).isEqualTo("Kind");
        assertThat(conflictRow("kind").subList(1, 4))
                .as("values as the form shows them")
                .satisfiesExactly(
                        base -> assertThat(base).isEqualToIgnoringCase("city"),
                        their -> assertThat(their).isEqualTo("City"),
                        mine -> assertThat(mine).isEqualTo("Consolidated city-county"));
        assertThat(conflictRow("kind").get(4)).isEqualTo("yours (only you changed it)");
        assertThat(conflictRow("sources").get(0)).isEqualTo("Sources — both changed");
        assertThat(conflictRow("sources").get(2)).contains(source("doc-000").getTitle());
        assertThat(conflictRow("sources").get(3)).contains(source("doc-001").getTitle());
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("conflict-row-slug")))
                .as("nobody changed the slug: not listed")
                .isEmpty();

        Button apply = _get(Button.class, spec -> spec.withId("conflict-apply-mine"));
        assertThat(apply.isEnabled())
                .as("two items both changed have no choice yet")
                .isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("conflict-still-to-choose"))
                        .getText())
                .contains("2 items");
        _get(Select.class, spec -> spec.withId("conflict-choose-name")).setValue(Edits.Choice.MINE);
        assertThat(apply.isEnabled()).as("the sources still have no choice").isFalse();
        _get(Select.class, spec -> spec.withId("conflict-choose-sources")).setValue(Edits.Choice.THEIRS);
        assertThat(apply.isEnabled()).isTrue();
        apply.click();

        assertThat(field("name").getValue()).isEqualTo("Ann's name " + unique);
        assertThat(field("fips").getValue()).isEqualTo("1799123");
        assertThat(kind.getValue()).isEqualTo(JurisdictionKind.CONSOLIDATED_CITY_COUNTY);
        assertThat(citedSources().getValue())
                .extracting(Source::getId)
                .containsExactlyInAnyOrder(
                        source("doc-003").getId(), source("doc-000").getId());
        assertThat(status()).contains("Not saved yet");
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getName()).isEqualTo("Bob's name " + unique);

        click("save");
        Jurisdiction merged = jurisdictions.find(town.getId()).orElseThrow();
        assertThat(merged.getName()).isEqualTo("Ann's name " + unique);
        assertThat(merged.getFips()).isEqualTo("1799123");
        assertThat(merged.getKind()).isEqualTo(JurisdictionKind.CONSOLIDATED_CITY_COUNTY);
        assertThat(jurisdictions.sourceIds(town.getId()))
                .containsExactlyInAnyOrder(
                        source("doc-003").getId(), source("doc-000").getId());
        assertThat(status()).startsWith("Saved.");
    }

    @Test
    void choosingTheirsForAFieldBothChangedKeepsTheirValueAndDiscardingMineLoadsTheirs() {
        Jurisdiction town = town("Shelbyville");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        Jurisdiction bobs = jurisdictions.find(town.getId()).orElseThrow();
        bobs.setFips("1799001");
        jurisdictions.save(BOB, bobs, jurisdictions.sourceIds(town.getId()));

        field("fips").setValue("1799002");
        click("save");
        _get(Select.class, spec -> spec.withId("conflict-choose-fips")).setValue(Edits.Choice.THEIRS);
        click("conflict-apply-mine");
        assertThat(field("fips").getValue()).isEqualTo("1799001");

        bobs = jurisdictions.find(town.getId()).orElseThrow();
        bobs.setFips("1799003");
        jurisdictions.save(BOB, bobs, jurisdictions.sourceIds(town.getId()));
        field("fips").setValue("1799004");
        click("save");
        click("conflict-reload");
        assertThat(field("fips").getValue()).isEqualTo("1799003");
        assertThat(status()).contains("Their version is loaded");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEventsJurisdictionsAndFiguresAreComparedLikeItsFields() {
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        Jurisdiction newYork = jurisdictions.findBySlug("new-york-ny").orElseThrow();
        Event event = new Event();
        event.setTitle("Hearing " + unique);
        event.setKind(EventKind.MEETING);
        event = events.save(ANN, event, List.of(), Map.of(EventService.JURISDICTIONS, List.of("chicago-il")));
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(EventEditorView.class, event.getId());

        Event theirs = events.find(event.getId()).orElseThrow();
        events.save(
                BOB,
                theirs,
                List.of(),
                Map.of(
                        EventService.JURISDICTIONS,
                        List.of("new-york-ny"),
                        EventService.FIGURES,
                        List.of(EventFigures.part(
                                "Marchers", new BigDecimal("300"), null, FigureUnit.PEOPLE, null, null))));
        _get(MultiSelectComboBox.class, spec -> spec.withId("jurisdictions")).setValue(Set.of(chicago, newYork));
        field("figure-label").setValue("Speakers");
        _get(BigDecimalField.class, spec -> spec.withId("figure-value")).setValue(new BigDecimal("12"));
        _get(Select.class, spec -> spec.withId("figure-unit")).setValue(FigureUnit.PEOPLE);
        click("add-figure");
        click("save");

        assertThat(conflictRow("jurisdictions"))
                .startsWith(
                        "Jurisdictions it concerns — both changed",
                        "chicago-il",
                        "new-york-ny",
                        "chicago-il; new-york-ny");
        assertThat(conflictRow("figures").get(0)).isEqualTo("Figures — both changed");
        assertThat(conflictRow("figures").get(2)).contains("Marchers").contains("300");
        assertThat(conflictRow("figures").get(3)).contains("Speakers").contains("12");
        _get(Select.class, spec -> spec.withId("conflict-choose-jurisdictions")).setValue(Edits.Choice.MINE);
        _get(Select.class, spec -> spec.withId("conflict-choose-figures")).setValue(Edits.Choice.THEIRS);
        click("conflict-apply-mine");
        click("save");

        assertThat(events.jurisdictionSlugs(event.getId())).containsExactly("chicago-il", "new-york-ny");
        assertThat(events.figures(event.getId())).extracting(f -> f.label()).containsExactly("Marchers");
    }

    @Test
    void anEditorOfNoRecordGoesToItsTypesListAndSoDoesADeletedRecordsEditor() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", "999999999"));
        assertThat(view()).isInstanceOf(JurisdictionListView.class);
        UI.getCurrent().navigate(PolicyPositionEditorView.class, new RouteParameters("id", "not-a-number"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("positions");

        Jurisdiction town = town("Deletable");
        open(JurisdictionEditorView.class, town.getId());
        click("delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(jurisdictions.find(town.getId())).isEmpty();
        assertThat(view()).isInstanceOf(JurisdictionListView.class);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndLeavesOnlyWhenTold() {
        Jurisdiction town = town("Ogdenville");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        UI.getCurrent().navigate(JurisdictionListView.class);
        assertThat(view()).as("nothing changed: leaves without asking").isInstanceOf(JurisdictionListView.class);

        for (Runnable change : List.<Runnable>of(
                () -> field("name").setValue("Changed " + unique),
                () -> _get(TextArea.class, spec -> spec.withId("notes")).setValue("A note " + unique),
                () -> citedSources().setValue(Set.of(source("doc-000"))))) {
            open(JurisdictionEditorView.class, town.getId());
            change.run();
            UI.getCurrent().navigate(JurisdictionListView.class);
            assertThat(view()).isInstanceOf(JurisdictionEditorView.class);
            ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("leave-dialog"));
            assertThat(ConfirmDialogKt.getText(ask)).contains("are not saved");
            click("leave-stay");
            assertThat(view()).isInstanceOf(JurisdictionEditorView.class);

            UI.getCurrent().navigate(JurisdictionListView.class);
            click("leave-discard");
            assertThat(view()).isInstanceOf(JurisdictionListView.class);
        }
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getName()).isEqualTo(town.getName());
    }

    @Test
    void aFieldChangedBackToWhatItWasIsNoUnsavedChange() {
        Jurisdiction town = town("Capital");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        field("name").setValue("Changed " + unique);
        field("name").setValue(town.getName());
        UI.getCurrent().navigate(JurisdictionListView.class);
        assertThat(view()).isInstanceOf(JurisdictionListView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void revertAsksFirstAndSaysWhenAPublishedChangeGoesPublicAtOnce() {
        Jurisdiction town = town("Brockway");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        field("name").setValue("Renamed " + unique);
        click("save");

        revertToFirstVersion();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("revert-dialog"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains("new change").doesNotContain("public");
        click("revert-cancel");
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getName()).isEqualTo("Renamed " + unique);

        click("publish");
        revertToFirstVersion();
        confirm = _get(ConfirmDialog.class, spec -> spec.withId("revert-dialog"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains("is published: the change goes public at once");
        click("revert-confirm");
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getName()).isEqualTo(town.getName());
        assertThat(status()).startsWith("Reverted to version 0");
    }

    @Test
    void publishingWithUnsavedChangesIsRefusedAndKeepsTheChangesSoTheOldTextNeverGoesPublicByMistake() {
        Jurisdiction town = town("Ogdenville");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        field("name").setValue("Ogdenville, typo fixed " + unique);

        click("publish");

        assertThat(status()).startsWith("Not done: Publish acts on the saved version");
        assertThat(field("name").getValue())
                .as("the change is still in the form")
                .isEqualTo("Ogdenville, typo fixed " + unique);
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getPublicationState())
                .isEqualTo(PublicationState.DRAFT);

        click("save");
        click("publish");
        Jurisdiction published = jurisdictions.find(town.getId()).orElseThrow();
        assertThat(published.getPublicationState()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.getName()).isEqualTo("Ogdenville, typo fixed " + unique);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContributorIsOfferedNoSaveOrRevertOnAPublishedRecordAndIsToldWhy() {
        Jurisdiction town = town("Cypress Creek");
        jurisdictions.publish(ANN, town);
        Jurisdiction draft = town("North Haverbrook");
        StaffUi.signedInAs(context, "contributor-cy", StaffRole.CONTRIBUTOR);

        open(JurisdictionEditorView.class, town.getId());
        assertThat(_get(Button.class, spec -> spec.withId("save")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("role-note")).getText())
                .contains("A contributor edits drafts only");
        assertThat(field("name").isReadOnly()).isTrue();
        Grid<RecordHistory.Entry> history = _get(Grid.class, spec -> spec.withId("history"));
        Button revert = (Button) GridKt._getCellComponent(history, GridKt._size(history) - 1, "revert");
        assertThat(revert.isEnabled()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("unpublish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("delete"))).isEmpty();

        open(JurisdictionEditorView.class, draft.getId());
        assertThat(_get(Button.class, spec -> spec.withId("save")).isEnabled()).isTrue();
        assertThat(field("name").isReadOnly()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withId("role-note")))
                .as("no reason to give: not shown")
                .isEmpty();
        field("name").setValue("Contributed " + unique);
        click("save");
        assertThat(status()).startsWith("Saved.");
    }

    @Test
    void aPublishedRecordLinksToItsPublicPageAndJsonAndADraftSaysItIsNotPublicYet() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        assertThat(chicago.getPublicationState()).isEqualTo(PublicationState.PUBLISHED);
        open(JurisdictionEditorView.class, chicago.getId());
        assertThat(_get(Anchor.class, spec -> spec.withId("public-page-chicago-il"))
                        .getHref())
                .isEqualTo("/j/chicago-il");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-json-chicago-il"))
                        .getHref())
                .isEqualTo("/api/jurisdictions/chicago-il");

        Jurisdiction draft = town("Draftville");
        open(JurisdictionEditorView.class, draft.getId());
        assertThat(_find(Anchor.class, spec -> spec.withId("public-page-" + draft.getSlug())))
                .isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("public-" + draft.getSlug()))
                        .getElement()
                        .getTextRecursively())
                .contains("Not public yet: this jurisdiction is a draft")
                .contains("/j/" + draft.getSlug());

        PolicyPosition position = new PolicyPosition();
        position.setJurisdictionId(chicago.getId());
        position.setVariable(PolicyVariable.ICE_JAIL_ACCESS);
        position.setValue(PolicyValue.NO);
        long positionId = context.getBean(PolicyPositionService.class)
                .save(ANN, position, List.of())
                .getId();
        open(PolicyPositionEditorView.class, positionId);
        assertThat(_get(Div.class, spec -> spec.withId("public-chicago-il"))
                        .getElement()
                        .getTextRecursively())
                .contains("Not public yet: this policy position is a draft")
                .contains("/j/chicago-il");

        PolicyPosition onDraft = new PolicyPosition();
        onDraft.setJurisdictionId(draft.getId());
        onDraft.setVariable(PolicyVariable.ICE_JAIL_ACCESS);
        onDraft.setValue(PolicyValue.NO);
        long onDraftId = context.getBean(PolicyPositionService.class)
                .save(ANN, onDraft, List.of())
                .getId();
        open(PolicyPositionEditorView.class, onDraftId);
        assertThat(_get(Div.class, spec -> spec.withId("public-" + draft.getSlug()))
                        .getElement()
                        .getTextRecursively())
                .contains("this policy position and " + draft.getName() + " are drafts");

        open(SourceEditorView.class, source("doc-003").getId());
        assertThat(_get(Div.class, spec -> spec.withId("public-links"))
                        .getElement()
                        .getTextRecursively())
                .contains("A source has no public page of its own");
    }

    @Test
    void everyOutcomeIsSaidInTheStatusAreaNextToTheButtonsAndNoNotificationCoversThem() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        Jurisdiction town = town("Springfield Heights");
        open(JurisdictionEditorView.class, town.getId());
        Div status = _get(Div.class, spec -> spec.withId("editor-status"));
        assertThat(status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(status.getElement().getAttribute("aria-live")).isEqualTo("polite");

        field("slug").setValue("Not A Slug!");
        click("save");
        assertThat(status()).startsWith("Not done: Slug: ").contains("lowercase letters and digits");
        assertThat(field("slug").isInvalid()).isTrue();

        field("slug").setValue(town.getSlug());
        field("name").setValue("Saved name " + unique);
        click("save");
        assertThat(status()).startsWith("Saved.");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aDatabaseFailureOnSaveEndsInAPlainReasonNotInSilenceOrJavasText() throws Exception {
        Jurisdiction town = town("Failtown");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        field("name").setValue("Never saved " + unique);

        // A real database error: the audit trail's table is away while Ann clicks Save.
        try (java.sql.Connection sql = java.sql.DriverManager.getConnection(
                        context.getRequiredProperty("datasources.default.url", String.class),
                        context.getProperty("datasources.default.username", String.class)
                                .orElse(null),
                        context.getProperty("datasources.default.password", String.class)
                                .orElse(null));
                java.sql.Statement statement = sql.createStatement()) {
            statement.execute("RENAME TABLE audit_entry TO audit_entry_away");
            try {
                click("save");
            } finally {
                statement.execute("RENAME TABLE audit_entry_away TO audit_entry");
            }
        }

        assertThat(status())
                .startsWith("That did not work: something went wrong on our side")
                .contains("Your changes are still in the form")
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("sql")
                .doesNotContain("audit_entry");
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getName()).isEqualTo(town.getName());
        assertThat(field("name").getValue()).isEqualTo("Never saved " + unique);
        NotificationsKt.expectNoNotifications();

        click("save");
        assertThat(status()).startsWith("Saved.");
        assertThat(jurisdictions.find(town.getId()).orElseThrow().getName()).isEqualTo("Never saved " + unique);
    }

    @Test
    void whoElseHasTheRecordOpenIsShownFromTheDatabaseRefreshedByTheHeartbeatAndMyEditorCountsForOthers() {
        Jurisdiction town = town("Presence");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        open(JurisdictionEditorView.class, town.getId());
        Span others = _get(Span.class, spec -> spec.withId("presence"));
        assertThat(others.getText()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) RecordPresence.HEARTBEAT.toMillis());

        // Maria opens it elsewhere (another app instance: only the database is shared); Ann's next heartbeat shows her.
        String mariasEditor = UUID.randomUUID().toString();
        presence.here(mariasEditor, RecordType.JURISDICTION, town.getId(), "maria");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(others.getText()).matches("maria is editing this since \\d\\d:\\d\\d UTC\\.");
        assertThat(presence.others(mariasEditor, RecordType.JURISDICTION, town.getId()))
                .extracting(RecordPresence.Other::username)
                .containsExactly("editor-ann");

        presence.left(mariasEditor);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(others.getText()).isEmpty();
        UI.getCurrent().navigate(JurisdictionListView.class);
        assertThat(presence.others(mariasEditor, RecordType.JURISDICTION, town.getId()))
                .as("Ann's editor closed: her presence is gone")
                .isEmpty();
        assertThat(UI.getCurrent().getPollInterval())
                .as("no heartbeat outside an editor")
                .isEqualTo(-1);
    }
}
