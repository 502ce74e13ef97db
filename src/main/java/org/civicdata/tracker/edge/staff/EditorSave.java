package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.StaleRecordException;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.editing.EditableRecords;
import org.civicdata.tracker.core.editing.Edits;
import org.civicdata.tracker.core.editing.RecordHistory;

/**
 * An editor's save, and the one place that turns every action's refusal into what the user sees:
 * a problem next to its field and in the status line, the dialog naming dependent records, a role's
 * refusal, the database unavailable, or the conflict dialog when someone else saved first.
 */
class EditorSave<T extends PublishableRecord> {

    private final RecordEditorView<T> editor;
    private final transient EditableRecords<T> records;
    private final transient RecordHistory history;
    private final EditorForm<T> form;
    private final CitedSources cited;
    private final EditorStatus status;

    EditorSave(
            RecordEditorView<T> editor,
            EditableRecords<T> records,
            RecordHistory history,
            EditorForm<T> form,
            CitedSources cited,
            EditorStatus status) {
        this.editor = editor;
        this.records = records;
        this.history = history;
        this.form = form;
        this.cited = cited;
        this.status = status;
    }

    /** The form into a working copy of the record as read, saved with its sources and parts. */
    void save() {
        T current = editor.current();
        T mine = Edits.copy(current);
        try {
            form.write(mine);
        } catch (InvalidInputException e) {
            showInvalid(e);
            return;
        }
        List<Long> mySources = cited.edited();
        if (status.databaseDown()) {
            return;
        }
        try {
            T saved = records.save(StaffSession.signedIn(), mine, mySources, editor.editedParts());
            boolean created = current.getId() == null;
            editor.show(saved);
            status.done(created ? "Created as a draft." : "Saved.");
            if (created) {
                UI.getCurrent().navigate(editor.getClass(), new RouteParameters("id", String.valueOf(saved.getId())));
            }
        } catch (StaleRecordException e) {
            openConflict();
        } catch (RuntimeException e) {
            refused(e, "Not saved: ");
        }
    }

    /**
     * Someone else saved first. Shows, item by item, the value this user started from, theirs and
     * mine; what only one side changed is kept, and where both changed it the user chooses. The
     * merged values go into the form on top of their version, to review and save.
     */
    private void openConflict() {
        T base = editor.current();
        T latest = records.find(base.getId()).orElse(null);
        if (latest == null) {
            status.error("Not saved: someone deleted this " + editor.noun()
                    + " meanwhile. Your changes are still in the form.");
            return;
        }
        Map<String, Object> mine = form.values();
        Map<String, Object> theirs;
        try {
            editor.fillAll(latest, records.sourceIds(latest.getId()), false);
            theirs = form.values();
        } finally {
            editor.putValues(mine);
        }
        List<Edits.Difference> differences = Edits.differences(form.valuesAsShown(), theirs, mine);
        new ConflictDialog(
                        history.since(records.type(), base.getId(), base.getVersion()),
                        ConflictDialog.rows(differences, form::labelOf, form::textOf),
                        () -> {
                            editor.show(latest);
                            status.done("Their version is loaded; your changes were discarded.");
                        },
                        choices -> {
                            editor.show(latest);
                            editor.putValues(Edits.merge(differences, choices));
                            status.done(
                                    "Their changes are in the form with yours as you chose. Not saved yet: review, then save.");
                        })
                .open();
        status.error("Not saved yet: someone else saved this " + editor.noun() + " first. Choose what to keep.");
    }

    /** Runs an action on the saved record, saying {@code done} once it is done, or why it was not. */
    void run(Runnable action, String done) {
        if (status.databaseDown()) {
            return;
        }
        try {
            action.run();
            status.done(done);
        } catch (StaleRecordException e) {
            status.error("Someone else changed this record meanwhile; it has been reloaded. Please try again.");
            records.find(editor.current().getId()).ifPresent(editor::show);
        } catch (RuntimeException e) {
            refused(e, "");
        }
    }

    /** A refusal said in the status line ({@code notPermitted} before a role's refusal), or the unforeseen failure. */
    private void refused(RuntimeException e, String notPermitted) {
        if (e instanceof InvalidInputException invalid) {
            showInvalid(invalid);
        } else if (e instanceof DependentRecordsException dependents) {
            editor.actions().showDependents(dependents);
        } else if (e instanceof NotPermittedException denied) {
            status.error(notPermitted + denied.getMessage());
        } else {
            status.unexpected(e);
        }
    }

    /** The field's error next to it, and the same words (naming the field) in the status line. */
    private void showInvalid(InvalidInputException e) {
        if (form.showProblem(e.field(), e.getMessage())) {
            status.error("Not done: " + form.labelOf(e.field()) + ": " + e.getMessage());
        } else {
            status.error(e.getMessage());
        }
    }
}
