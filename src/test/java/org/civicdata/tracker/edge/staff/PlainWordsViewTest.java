package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.core.editing.ui.ActivityView;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.ui.JurisdictionEditorView;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.ui.PolicyPositionEditorView;
import org.civicdata.tracker.record.source.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff UI speaks plainly: labels for codes, names for records, the whole change, the filter in the URL. */
@MicronautTest(startApplication = false, transactional = false)
class PlainWordsViewTest {

    @Inject
    ApplicationContext context;

    @Inject
    RecordEditService editor;

    private String tag;
    private Map<RecordType, TrackedRecord> drafts;

    @BeforeEach
    void draftsOfEveryType() {
        tag = StaffDrafts.tag();
        drafts = StaffDrafts.ofEveryType(context, EditorChecks.EDITOR, tag);
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private Jurisdiction town() {
        return (Jurisdiction) drafts.get(RecordType.JURISDICTION);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJurisdictionsGridAndItsFiltersShowLabelsAndTheStateCodeAsWritten() {
        UI.getCurrent().navigate("jurisdictions", QueryParameters.simple(Map.of("q", "Plain Town " + tag)));
        Grid<Jurisdiction> grid = grid("jurisdictions");
        assertThat(_getFormattedRow(grid, 0))
                .contains("Plain Town " + tag, "Consolidated city-county", "CO", "Draft", "No data")
                .doesNotContain("CONSOLIDATED_CITY_COUNTY", "DRAFT", "NO_DATA");

        Select<JurisdictionKind> kind = _get(Select.class, spec -> spec.withId("filter-kind"));
        assertThat(kind.getItemLabelGenerator().apply(JurisdictionKind.CONSOLIDATED_CITY_COUNTY))
                .isEqualTo("Consolidated city-county");
        Select<PublicationState> publication = _get(Select.class, spec -> spec.withId("filter-publication"));
        assertThat(publication.getItemLabelGenerator().apply(PublicationState.DRAFT))
                .isEqualTo("Draft");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilteredListAndAnEditorsChoicesShowLabels() {
        UI.getCurrent().navigate("designations", QueryParameters.simple(Map.of("q", "Plain label " + tag)));
        assertThat(_getFormattedRow(grid("designations"), 0))
                .contains("News media", "Draft")
                .doesNotContain("NEWS_MEDIA");
        Select<Designator> designator = _get(Select.class, spec -> spec.withId("filter-designator"));
        assertThat(designator.getItemLabelGenerator().apply(Designator.NEWS_MEDIA))
                .isEqualTo("News media");

        UI.getCurrent()
                .navigate(
                        PolicyPositionEditorView.class,
                        new RouteParameters(
                                "id",
                                String.valueOf(
                                        drafts.get(RecordType.POLICY_POSITION).getId())));
        Select<PolicyVariable> variable = _get(Select.class, spec -> spec.withId("variable"));
        assertThat(variable.getValue()).isEqualTo(PolicyVariable.ICE_DETAINER_LIMITS);
        assertThat(variable.getItemLabelGenerator().apply(variable.getValue())).isEqualTo("ICE detainer limits");
    }

    @Test
    void theHistoryNamesFieldsValuesAndSourcesAsPeopleReadThem() {
        Jurisdiction town = town();
        editor.publishWithPrerequisites(
                EditorChecks.EDITOR, RecordType.JURISDICTION, town.getId(), town.getVersion()); // with its draft source
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", String.valueOf(town.getId())));
        List<RecordHistory.Entry> history = EditorChecks.rows(grid("history"));
        List<String> changes = history.stream()
                .flatMap(e -> e.changes().stream())
                .map(RecordHistory.FieldChange::text)
                .toList();
        String source = ((Source) drafts.get(RecordType.SOURCE)).getTitle();
        assertThat(changes)
                .contains(
                        "Publication: Draft → Published",
                        "Kind: — → Consolidated city-county",
                        "State: — → CO",
                        "Sources: — → " + source);
        assertThat(changes).noneMatch(c -> c.contains("publicationState") || c.contains("CONSOLIDATED_CITY_COUNTY"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActivityViewReadsItsFilterFromTheUrlNamesRecordsShowsAChangeInFullAndOpensTheRecord() {
        TrackedRecord statement = drafts.get(RecordType.STATEMENT);
        UI.getCurrent().navigate("activity", QueryParameters.simple(Map.of("user", "editor-ann", "type", "STATEMENT")));
        assertThat(_get(TextField.class, spec -> spec.withId("activity-actor")).getValue())
                .isEqualTo("editor-ann");
        Select<RecordType> type = _get(Select.class, spec -> spec.withId("activity-type"));
        assertThat(type.getValue()).isEqualTo(RecordType.STATEMENT);
        assertThat(type.getItemLabelGenerator().apply(RecordType.POLICY_POSITION))
                .isEqualTo("Policy position");

        Grid<RecordHistory.Activity> grid = grid("activity");
        List<RecordHistory.Activity> rows = EditorChecks.rows(grid);
        assertThat(rows).allSatisfy(a -> assertThat(a.type()).isEqualTo(RecordType.STATEMENT));
        int row = rows.indexOf(rows.stream()
                .filter(a -> a.recordId() == statement.getId())
                .findFirst()
                .orElseThrow());
        assertThat(_getFormattedRow(grid, row)).contains("Created", "Statement");
        RecordHistory.Activity created = rows.get(row);
        assertThat(created.recordName()).isEqualTo("Pat Plain " + tag + ": “We speak plainly " + tag + ".”");
        assertThat(ActivityView.details(created).getElement().getTextRecursively())
                .contains(
                        "Speaker: — → Pat Plain " + tag, "Text: — → We speak plainly " + tag + ".", "Kind: — → Quote");

        Button open = (Button) _getCellComponent(grid, row, "record");
        assertThat(open.getText()).startsWith(created.recordName());
        open.click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("statements/" + statement.getId());
    }

    @Test
    void aJurisdictionsEditorAddsAPositionForItAlreadyChosen() {
        UI.getCurrent()
                .navigate(JurisdictionEditorView.class, new RouteParameters("id", String.valueOf(town().getId())));
        for (String add :
                List.of("add-position", "add-designation", "add-letter", "add-threat", "add-statement", "add-event")) {
            assertThat(_get(Button.class, spec -> spec.withId(add)).isVisible())
                    .as(add)
                    .isTrue();
        }
        _get(Button.class, spec -> spec.withId("add-position")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("positions/new?jurisdiction=" + town().getId());
        RecordPicker<?> jurisdiction = _get(RecordPicker.class, spec -> spec.withId("jurisdiction"));
        assertThat(jurisdiction.selectedId()).isEqualTo(town().getId());
    }

    @Test
    void aNewJurisdictionsSlugIsSuggestedFromItsNameAndStateAndUsedWhenLeftEmpty() {
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        TextField name = _get(TextField.class, spec -> spec.withId("name"));
        TextField state = _get(TextField.class, spec -> spec.withId("state"));
        TextField slug = _get(TextField.class, spec -> spec.withId("slug"));
        name.setValue("Cook County");
        state.setValue("IL");
        assertThat(slug.getPlaceholder()).isEqualTo("cook-county-il");
        assertThat(slug.getValue())
                .as("what someone types there is never overwritten")
                .isEmpty();
        name.setValue("Plainfield  Township, " + tag);
        state.setValue("CO");
        assertThat(slug.getPlaceholder()).isEqualTo("plainfield-township-" + tag + "-co");
        EditorChecks.click("save");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("jurisdictions/")
                .isNotEqualTo("jurisdictions/new");
        assertThat(context.getBean(org.civicdata.tracker.record.jurisdiction.JurisdictionService.class)
                        .findBySlug("plainfield-township-" + tag + "-co"))
                .as("the suggestion, used")
                .isPresent();
        assertThat(_get(TextField.class, spec -> spec.withId("slug")).getPlaceholder())
                .as("a stored jurisdiction's slug is its address: no new suggestion")
                .isEmpty();
    }

    @Test
    void anEventsFiguresAndADeletedRecordReadPlainlyInTheHistory() {
        org.civicdata.tracker.record.event.Event meeting =
                (org.civicdata.tracker.record.event.Event) drafts.get(RecordType.EVENT);
        org.civicdata.tracker.record.event.EventService events =
                context.getBean(org.civicdata.tracker.record.event.EventService.class);
        events.save(
                EditorChecks.EDITOR,
                meeting,
                List.of(drafts.get(RecordType.SOURCE).getId()),
                Map.of(
                        org.civicdata.tracker.record.event.EventService.FIGURES,
                        List.of(org.civicdata.tracker.record.event.EventFigures.part(
                                "Arrests",
                                new java.math.BigDecimal("200.00"),
                                org.civicdata.tracker.record.event.FigureQualifier.MORE_THAN,
                                org.civicdata.tracker.record.event.FigureUnit.ARRESTS,
                                null,
                                null))));
        RecordHistory history = context.getBean(RecordHistory.class);
        assertThat(history.of(RecordType.EVENT, meeting.getId()).get(0).changes())
                .extracting(RecordHistory.FieldChange::text)
                .contains("Figures: none → Arrests: more than 200 arrests");

        TrackedRecord position = drafts.get(RecordType.POLICY_POSITION);
        org.civicdata.tracker.core.editing.RecordNames names =
                context.getBean(org.civicdata.tracker.core.editing.RecordNames.class);
        String name = names.of(RecordType.POLICY_POSITION, position.getId());
        assertThat(name).isEqualTo("Plain Town " + tag + ": ICE detainer limits — Yes");
        TrackedRecord court = drafts.get(RecordType.COURT_CASE);
        editor.delete(EditorChecks.EDITOR, RecordType.COURT_CASE, court.getId(), court.getVersion());
        assertThat(names.of(RecordType.COURT_CASE, court.getId()))
                .isEqualTo("Plain v. Authority " + tag + " (deleted)");
    }
}
