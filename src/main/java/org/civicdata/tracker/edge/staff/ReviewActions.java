package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.EditableRecords;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.core.editing.ReviewRequest;

/**
 * An editor's buttons (save, submit for review, publish, send back, unpublish, delete), each shown
 * only to a role that may take it, and the record's review state; publishing and unpublishing act on
 * the saved version, and a refusal about other records opens the dialog that names them.
 */
class ReviewActions<T extends PublishableRecord> extends HorizontalLayout {

    private final RecordEditorView<T> editor;
    private final transient EditableRecords<T> records;
    private final Button save = new Button("Save");
    private final Button publish = new Button("Publish");
    private final Button unpublish = new Button("Unpublish");
    private final Button delete = new Button("Delete");
    private final Button submitForReview = new Button("Submit for review");
    private final Button sendBack = new Button("Send back…");
    /** The record's review state, shown under its heading. */
    private final Span review = new Span();
    /** Why the form is read-only, when the signed-in role may not change the record. */
    private final Span roleNote = new Span();

    ReviewActions(RecordEditorView<T> editor, EditableRecords<T> records, Runnable saveAction) {
        this.editor = editor;
        this.records = records;
        save.addClickListener(e -> saveAction.run());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish");
        publish.addClickListener(e -> savedFirst(
                "Publish",
                () -> editor.run(
                        () -> editor.show(records.publish(StaffSession.signedIn(), editor.current())), "Published.")));
        unpublish.setId("unpublish");
        unpublish.addClickListener(e -> savedFirst(
                "Unpublish",
                () -> editor.run(
                        () -> editor.show(records.unpublish(StaffSession.signedIn(), editor.current())),
                        "Unpublished: back to draft.")));
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        review.setId("review-state");
        roleNote.setId("role-note");
        submitForReview.setId("submit-review");
        submitForReview.addClickListener(e -> editor.run(
                () -> {
                    records.editor()
                            .reviews()
                            .submit(
                                    StaffSession.signedIn(),
                                    records.type(),
                                    editor.current().getId());
                    editor.show(editor.current());
                },
                "Submitted: an editor will publish it or send it back."));
        sendBack.setId("send-back");
        sendBack.addClickListener(e -> openSendBack());
        add(save, submitForReview, publish, sendBack, unpublish, delete);
        setId("editor-actions");
        setWrap(true);
    }

    Span reviewState() {
        return review;
    }

    Span roleNote() {
        return roleNote;
    }

    /**
     * The buttons and review state the signed-in role is offered for this record; {@code locked}: the
     * role may not change it (Save is off, and the reason is shown).
     */
    void show(T record, boolean locked) {
        save.setEnabled(!locked);
        save.setTooltipText(locked ? RecordEditorView.CONTRIBUTOR_DRAFTS_ONLY : null);
        roleNote.setText(locked ? "Published: " + RecordEditorView.CONTRIBUTOR_DRAFTS_ONLY : "");
        roleNote.setVisible(locked);
        boolean stored = record.getId() != null;
        boolean editorRole = StaffSession.signedIn().may(StaffRole.EDITOR);
        publish.setVisible(stored && editorRole && record.getPublicationState() == PublicationState.DRAFT);
        unpublish.setVisible(stored && editorRole && record.getPublicationState() == PublicationState.PUBLISHED);
        delete.setVisible(stored && editorRole);
        Optional<ReviewRequest> latest =
                stored ? records.editor().reviews().latest(records.type(), record.getId()) : Optional.empty();
        boolean waiting =
                latest.filter(r -> r.state() == ReviewRequest.State.WAITING).isPresent();
        boolean draft = record.getPublicationState() == PublicationState.DRAFT;
        submitForReview.setVisible(stored && draft && !waiting);
        sendBack.setVisible(stored && draft && editorRole && waiting);
        review.setText(latest.filter(r -> draft)
                .map(r -> switch (r.state()) {
                    case WAITING ->
                        "Waiting for review since " + EditorHistory.WHEN.format(r.submittedAt()) + " UTC (submitted by "
                                + r.submittedBy() + ")";
                    case RETURNED -> "Sent back by " + r.decidedBy() + ": " + r.comment();
                    case PUBLISHED -> "";
                })
                .orElse(""));
    }

    /** The same rule the service enforces ({@link RecordEditService#mayChange}); a new record is always a draft. */
    static boolean mayEdit(PublishableRecord record) {
        return record.getId() == null
                || StaffSession.current()
                        .map(p -> RecordEditService.mayChange(p, record))
                        .orElse(false);
    }

    /** A refusal about other records: the dialog listing them, with the one-step way on where there is one. */
    void showDependents(DependentRecordsException e) {
        Runnable oneStep = switch (e.reason()) {
            case PUBLISH_NEEDS ->
                oneStep(records.editor()::publishWithPrerequisites, "Published, with the records it needs.");
            case UNPUBLISH_TAKES_DOWN ->
                oneStep(records.editor()::unpublishWithDependents, "Unpublished, with the records that needed it.");
            default -> null;
        };
        new DependentsDialog(e, oneStep).open();
    }

    /** One of {@link RecordEditService}'s actions on the shown record and the version seen, with others. */
    private interface WithOthers<T> {
        T apply(StaffPrincipal who, RecordType type, long id, int version);
    }

    private Runnable oneStep(WithOthers<T> action, String done) {
        return () -> editor.run(
                () -> editor.show(action.apply(
                        StaffSession.signedIn(),
                        records.type(),
                        editor.current().getId(),
                        editor.current().getVersion())),
                done);
    }

    /**
     * Publishing and unpublishing act on the saved version: with unsaved changes in the form they would
     * publish the old text and then drop the changes on reload, so they wait until the form is saved.
     */
    private void savedFirst(String action, Runnable then) {
        if (editor.isDirty()) {
            editor.status()
                    .error("Not done: " + action + " acts on the saved version, and your changes are not saved yet. "
                            + "Save them (or discard them) first.");
            return;
        }
        then.run();
    }

    private void openSendBack() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Send back to the author");
        TextArea comment = new TextArea("What needs to change");
        comment.setId("review-comment");
        comment.setWidthFull();
        Button confirm = new Button("Send back", e -> {
            try {
                records.editor()
                        .reviews()
                        .sendBack(
                                StaffSession.signedIn(),
                                records.type(),
                                editor.current().getId(),
                                comment.getValue());
                dialog.close();
                editor.show(editor.current());
                editor.status().done("Sent back with your comment.");
            } catch (InvalidInputException invalid) {
                comment.setErrorMessage(invalid.getMessage());
                comment.setInvalid(true);
            } catch (NotPermittedException denied) {
                editor.status().error(denied.getMessage());
            }
        });
        confirm.setId("send-back-confirm");
        dialog.add(comment);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + editor.titleOf(editor.current()) + "?",
                "It disappears from the staff UI and the public site. Its history is kept.",
                "Delete",
                e -> editor.run(
                        () -> {
                            records.delete(StaffSession.signedIn(), editor.current());
                            UI.getCurrent().navigate(editor.listRoute());
                        },
                        "Deleted."));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
