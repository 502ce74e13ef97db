package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.editing.EditableRecords;
import org.civicdata.tracker.core.editing.RecordHistory;

/**
 * An editor's history: every version with its field-level changes, and a revert to any earlier
 * version (asked first; saved as a new change, so the history keeps every version).
 */
class EditorHistory<T extends PublishableRecord> extends Grid<RecordHistory.Entry> {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final RecordEditorView<T> editor;
    private final transient EditableRecords<T> records;
    private final transient RecordHistory history;

    EditorHistory(RecordEditorView<T> editor, EditableRecords<T> records, RecordHistory history) {
        this.editor = editor;
        this.records = records;
        this.history = history;
        setId("history");
        addColumn(e -> "v" + e.version())
                .setHeader("Version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> WHEN.format(e.at()))
                .setHeader("When (UTC)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(RecordHistory.Entry::actor)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.action().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.changes().stream()
                        .map(c -> c.field() + ": " + c.before() + " → " + c.after())
                        .collect(Collectors.joining("; ")))
                .setHeader("Changes")
                .setFlexGrow(1);
        addComponentColumn(this::revertButton)
                .setKey("revert")
                .setAutoWidth(true)
                .setFlexGrow(0);
        setAllRowsVisible(true);
    }

    /** The record's versions (none for a record not saved yet). */
    void show(T record) {
        setItems(record.getId() == null ? List.of() : history.of(records.type(), record.getId()));
    }

    private Button revertButton(RecordHistory.Entry entry) {
        T current = editor.current();
        boolean mayEdit = current != null && ReviewActions.mayEdit(current);
        Button revert = new Button("Revert to v" + entry.version(), click -> confirmRevert(entry.version()));
        revert.setId("revert-v" + entry.version());
        revert.setEnabled(current != null && entry.version() != current.getVersion() && mayEdit);
        if (current != null && !mayEdit) {
            revert.setTooltipText(RecordEditorView.CONTRIBUTOR_DRAFTS_ONLY);
        }
        return revert;
    }

    private void confirmRevert(int version) {
        T current = editor.current();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("revert-dialog");
        confirm.setHeader("Revert to version " + version + "?");
        String text = "Version " + version + "'s values are saved as a new change; the history keeps every version.";
        if (current.getPublicationState() == PublicationState.PUBLISHED) {
            text += " This " + editor.noun() + " is published: the change goes public at once.";
        }
        if (editor.isDirty()) {
            text += " Your unsaved changes in the form are discarded.";
        }
        confirm.setText(text);
        Button yes = new Button("Revert to v" + version, e -> {
            confirm.close();
            editor.run(
                    () -> editor.show(records.revert(StaffSession.signedIn(), editor.current(), version)),
                    "Reverted to version " + version + " (as a new change).");
        });
        yes.setId("revert-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Cancel", e -> confirm.close());
        no.setId("revert-cancel");
        confirm.setCancelable(true);
        confirm.setCancelButton(no);
        confirm.setConfirmButton(yes);
        confirm.open();
    }
}
