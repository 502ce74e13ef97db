package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.editing.EditableRecords;

/**
 * How a {@link RecordEditorView} is entered and left: the record its URL names (a new one for
 * {@code new}, back to the list when there is none), the jurisdiction a new record is for, and a
 * question before leaving unsaved changes.
 */
final class EditorNavigation<T extends PublishableRecord> {

    private final RecordEditorView<T> view;
    private final EditableRecords<T> records;
    /** The jurisdiction a new record is for, from the URL ({@code new?jurisdiction=ID}), or null. */
    private Long forJurisdiction;

    EditorNavigation(RecordEditorView<T> view, EditableRecords<T> records) {
        this.view = view;
        this.records = records;
    }

    void enter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        String id = event.getRouteParameters().get("id").orElse(RecordEditorView.NEW);
        if (RecordEditorView.NEW.equals(id)) {
            view.show(view.blank());
            return;
        }
        try {
            records.find(Long.parseLong(id)).ifPresentOrElse(view::show, () -> notFound(event, id));
        } catch (NumberFormatException e) {
            notFound(event, id);
        }
    }

    private void notFound(BeforeEnterEvent event, String id) {
        Notification.show("No " + view.noun() + " with id " + id + ".");
        event.forwardTo(view.listRoute());
    }

    /** Asks before leaving unsaved changes, unless the record is gone (deleted meanwhile). */
    void leave(BeforeLeaveEvent event) {
        T current = view.current();
        if (!view.isDirty()
                || (current.getId() != null && records.find(current.getId()).isEmpty())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        new LeaveDialog(current.getId() == null ? "this new " + view.noun() : view.titleOf(current), () -> {
                    view.form().shown();
                    leave.proceed();
                })
                .open();
    }

    Long forJurisdiction() {
        return forJurisdiction;
    }
}
