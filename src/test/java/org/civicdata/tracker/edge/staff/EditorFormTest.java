package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.designation.ui.DesignationEditorView;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.dojletter.ui.DojLetterEditorView;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.ui.EventEditorView;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.funding.ui.CourtCaseEditorView;
import org.civicdata.tracker.record.funding.ui.FundingThreatEditorView;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.jurisdiction.ui.JurisdictionEditorView;
import org.civicdata.tracker.record.person.ui.PersonEditorView;
import org.civicdata.tracker.record.policy.ui.PolicyPositionEditorView;
import org.civicdata.tracker.record.source.ui.SourceEditorView;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.ui.StatementEditorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editors' forms, bound to their records: text is stored as the form says (trimmed, blank as
 * none), a date the form cannot read is refused next to its field before anything is saved, and a
 * text field is no longer than its column, as the database declares it.
 */
@MicronautTest(startApplication = false, transactional = false)
class EditorFormTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    DesignationService designations;

    @Inject
    JurisdictionService jurisdictions;

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

    private static String status() {
        return _get(Div.class, spec -> spec.withId("editor-status")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDateTheFormCannotReadIsRefusedNextToItsFieldAndNothingIsSavedThenTheBoundValuesAreStoredAsTheFormSays() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        int before = designations.ofJurisdiction(chicago.getId()).size();
        UI.getCurrent().navigate(DesignationEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        ((ComboBox<Jurisdiction>) _get(ComboBox.class, spec -> spec.withId("jurisdiction"))).setValue(chicago);
        ((Select<Designator>) _get(Select.class, spec -> spec.withId("designator")))
                .setValue(Designator.ADVOCACY_GROUP);
        String words = "  bound label " + UUID.randomUUID() + "  ";
        field("label").setValue(words);
        field("designator-name").setValue("   ");
        field("designated-on").setValue("2018-13");

        click("save");

        assertThat(field("designated-on").isInvalid()).isTrue();
        assertThat(field("designated-on").getErrorMessage()).startsWith("Designated on: '2018-13' is not");
        assertThat(status()).startsWith("Not done: Designated on: Designated on: '2018-13' is not");
        assertThat(designations.ofJurisdiction(chicago.getId())).hasSize(before);

        field("designated-on").setValue("2018-02");
        click("save");
        assertThat(status()).startsWith("Created as a draft.");
        Designation saved = designations.ofJurisdiction(chicago.getId()).stream()
                .filter(d -> d.getLabel().equals(words.trim()))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getDesignatorName())
                .as("a blank text is stored as none")
                .isNull();
        assertThat(saved.getDesignatedOn()).hasToString("2018-02-01");
        assertThat(saved.getDesignatedPrecision()).hasToString("MONTH");
        assertThat(field("label").getValue()).as("shown as stored").isEqualTo(words.trim());
        assertThat(field("designated-on").getValue()).isEqualTo("2018-02");
    }

    @Test
    void everyTextFieldIsNoLongerThanItsColumnAsTheDatabaseDeclaresIt() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        // editor -> (field id -> the size of its column in db/migration)
        Map<Class<? extends RecordEditorView<?>>, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put(DesignationEditorView.class, Map.of("designator-name", 300, "label", 300));
        expected.put(DojLetterEditorView.class, Map.of("recipients", 500, "sender", 300, "funding-at-stake", 500));
        expected.put(
                FundingThreatEditorView.class,
                Map.of("scope", 500, "issuing-authority", 300, "instrument-detail", 500, "programme", 300));
        expected.put(CourtCaseEditorView.class, Map.of("name", 300, "court", 300, "judge", 200, "outcome", 300));
        expected.put(
                EventEditorView.class,
                Map.of("title", 500, "figure-label", 300, "figure-period", 100, "figure-attributed-to", 300));
        expected.put(JurisdictionEditorView.class, Map.of("name", 200, "slug", 100, "state", 2, "fips", 12));
        expected.put(StatementEditorView.class, Map.of("venue-detail", 300, "reported-by", 200));
        expected.put(PersonEditorView.class, Map.of("name", 200, "role", 200, "office", 300, "affiliation", 300));
        expected.put(SourceEditorView.class, Map.of("title", 500, "publication", 200, "author", 200, "url", 2000));
        expected.forEach((editor, sizes) -> {
            UI.getCurrent().navigate(editor, new RouteParameters("id", RecordEditorView.NEW));
            sizes.forEach((id, size) -> assertThat(field(id).getMaxLength())
                    .as(editor.getSimpleName() + " " + id)
                    .isEqualTo(size));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewRecordStartsWithItsTypesValuesAndTheJurisdictionItWasOpenedForAndIsShownOnThatJurisdictionsPage() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        // editor -> (coded field id -> the value a new record starts with)
        Map<Class<? extends RecordEditorView<?>>, Map<String, Object>> starts = new LinkedHashMap<>();
        starts.put(DesignationEditorView.class, Map.of());
        starts.put(PolicyPositionEditorView.class, Map.of());
        starts.put(DojLetterEditorView.class, Map.of("status", LetterStatus.SENT));
        starts.put(FundingThreatEditorView.class, Map.of("status", ThreatStatus.THREATENED));
        starts.put(StatementEditorView.class, Map.of("kind", StatementKind.QUOTE));
        starts.forEach((editor, values) -> {
            UI.getCurrent()
                    .navigate(
                            editor,
                            new RouteParameters("id", RecordEditorView.NEW),
                            EditorRoutes.forJurisdiction(chicago.getId()));
            assertThat(_get(RecordPicker.class, spec -> spec.withId("jurisdiction"))
                            .selectedId())
                    .as(editor.getSimpleName() + " opened for Chicago")
                    .isEqualTo(chicago.getId());
            values.forEach((id, value) -> assertThat(
                            _get(Select.class, spec -> spec.withId(id)).getValue())
                    .as(editor.getSimpleName() + " " + id)
                    .isEqualTo(value));
        });
        UI.getCurrent().navigate(EventEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        assertThat(_get(Select.class, spec -> spec.withId("kind")).getValue()).isEqualTo(EventKind.OTHER);
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        assertThat(_get(Select.class, spec -> spec.withId("kind")).getValue()).isEqualTo(JurisdictionKind.CITY);
        assertThat(_get(RecordPicker.class, spec -> spec.withId("parent")).selectedId())
                .as("a jurisdiction's parent is not the jurisdiction it was opened for")
                .isNull();

        Designation designation = new Designation();
        designation.setJurisdictionId(chicago.getId());
        designation.setDesignator(Designator.ADVOCACY_GROUP);
        designation.setLabel("page label " + UUID.randomUUID());
        long id = designations
                .save(new StaffPrincipal("editor-ann", StaffRole.EDITOR, false), designation, List.of())
                .getId();
        UI.getCurrent().navigate(DesignationEditorView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_get(Div.class, spec -> spec.withId("public-chicago-il"))
                        .getElement()
                        .getTextRecursively())
                .contains("/j/chicago-il");
    }
}
