package org.civicdata.tracker.record.status.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.edge.staff.EditorChecks;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterFilter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.dojletter.ui.DojLetterEditorView;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.status.StatusEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "Status history" section of an editor (a DOJ letter's), browserless: a new letter starts with one
 * entry following its own date; entries are added, changed and removed, and saved with the letter by
 * its one save button; a problem is shown naming the row and nothing is saved; the status field,
 * read-only, follows the latest entry.
 */
@MicronautTest(startApplication = false, transactional = false)
class StatusHistoryEditorTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    DojLetterService letters;

    @Inject
    AuditEntryRepository audit;

    @Inject
    RecordEditService editor;

    @Inject
    RecordWriter writer;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void entriesAreEditedInTheGridAndSavedWithTheLetter() {
        Source source = new CitationFixtures(editor, writer).source("History UI source");
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(DojLetterEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        Grid<StatusEntry> grid = _get(Grid.class, spec -> spec.withId("status-history-grid"));
        Select<LetterStatus> status = _get(Select.class, spec -> spec.withId("status"));
        assertThat(status.isReadOnly()).isTrue();
        assertThat(rows(grid)).containsExactly(new StatusEntry("SENT", null, null, null, null, false));
        // A row's actions stay at the grid's right edge (in view on a phone: StatusHistoryE2ETest).
        Grid.Column<StatusEntry> actions = grid.getColumnByKey("actions");
        assertThat(actions.isFrozenToEnd()).isTrue();
        assertThat(actions.getHeaderText()).isEqualTo("Actions");

        // The first entry follows the letter's own date while untouched.
        String who = "History UI " + UUID.randomUUID();
        _get(TextField.class, spec -> spec.withId("recipients")).setValue(who);
        _get(TextField.class, spec -> spec.withId("sent-on")).setValue("2018-01-24");
        assertThat(rows(grid)).extracting(e -> String.valueOf(e.effective())).containsExactly("2018-01-24");
        click("save");
        DojLetter saved = letters.page(new DojLetterFilter(who, null, null), 0, 5, List.of())
                .get(0);
        assertThat(letters.history(saved.getId()))
                .extracting(e -> e.status() + " " + e.effective())
                .containsExactly("SENT 2018-01-24");

        // Citing a source, the entry without one is refused at save, naming the row; nothing is saved.
        ((MultiSelectComboBox<Source>) _get(MultiSelectComboBox.class, spec -> spec.withId("sources")))
                .setValue(Set.of(source));
        Select<LetterStatus> entryStatus = _get(Select.class, spec -> spec.withId("status-entry-status"));
        TextField effective = _get(TextField.class, spec -> spec.withId("status-entry-effective"));
        ComboBox<Source> entrySource = _get(ComboBox.class, spec -> spec.withId("status-entry-source"));
        entryStatus.setValue(LetterStatus.FOUND_NON_COMPLIANT);
        effective.setValue("2018-13");
        _click(_get(Button.class, spec -> spec.withId("status-entry-add")));
        assertThat(effective.isInvalid()).isTrue();
        assertThat(effective.getErrorMessage()).contains("'2018-13'");
        assertThat(rows(grid)).hasSize(1);
        effective.setValue("2018-02");
        entrySource.setValue(source);
        _click(_get(Button.class, spec -> spec.withId("status-entry-add")));
        assertThat(rows(grid)).extracting(StatusEntry::status).containsExactly("SENT", "FOUND_NON_COMPLIANT");
        assertThat(status.getValue()).isEqualTo(LetterStatus.FOUND_NON_COMPLIANT);
        int version = letters.find(saved.getId()).orElseThrow().getVersion();
        click("save");
        Span error = _get(Span.class, spec -> spec.withId("status-history-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Status history, row 1: choose the source");
        assertThat(letters.find(saved.getId()).orElseThrow().getVersion()).isEqualTo(version);

        // Row 1 given its source, the letter saves once, with its status from the latest entry.
        _click(rowButton(grid, 0, "Edit"));
        assertThat(entryStatus.getValue()).isEqualTo(LetterStatus.SENT);
        entrySource.setValue(source);
        _click(_get(Button.class, spec -> spec.withId("status-entry-add")));
        click("save");
        DojLetter updated = letters.find(saved.getId()).orElseThrow();
        assertThat(updated.getVersion()).isEqualTo(version + 1);
        assertThat(updated.getStatus()).isEqualTo(LetterStatus.FOUND_NON_COMPLIANT);
        assertThat(letters.history(saved.getId()))
                .extracting(e -> e.status() + " " + e.effective() + " " + e.sourceId())
                .containsExactly("SENT 2018-01-24 " + source.getId(), "FOUND_NON_COMPLIANT 2018-02 " + source.getId());
        EditorChecks.assertLatest(audit, RecordType.DOJ_LETTER, saved.getId(), AuditAction.UPDATE, "statusHistory");
        EditorChecks.assertLatest(audit, RecordType.DOJ_LETTER, saved.getId(), AuditAction.UPDATE, "status");

        // Removing the latest entry brings the status back.
        _click(rowButton(grid, 1, "Remove"));
        assertThat(status.getValue()).isEqualTo(LetterStatus.SENT);
        click("save");
        assertThat(letters.find(saved.getId()).orElseThrow().getStatus()).isEqualTo(LetterStatus.SENT);
        assertThat(letters.history(saved.getId())).hasSize(1);
    }

    /** A button of a row's actions cell (components in grid cells are made by the grid's renderer). */
    private static Button rowButton(Grid<StatusEntry> grid, int row, String text) {
        return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions")
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static List<StatusEntry> rows(Grid<StatusEntry> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
