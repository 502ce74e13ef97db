package org.civicdata.tracker.core.editing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.civicdata.tracker.core.editing.RecordNames;
import org.civicdata.tracker.core.editing.ReviewQueue;
import org.civicdata.tracker.core.editing.ReviewRequest;
import org.civicdata.tracker.edge.staff.*;

/** Drafts waiting for an editor, oldest first, at /admin/review. Opening one leads to its editor. */
@Route(value = "review", layout = StaffLayout.class)
@PageTitle("Review queue · Policy tracker staff")
@Menu(title = "Review queue", order = 70)
@RolesAllowed("EDITOR")
@Prototype
public class ReviewQueueView extends VerticalLayout {

    public ReviewQueueView(ReviewQueue queue, RecordNames names) {
        Grid<ReviewRequest> grid = new Grid<>();
        grid.setId("review-queue");
        grid.addColumn(r -> GridQueries.UTC_MINUTES.format(r.submittedAt()))
                .setHeader("Submitted (UTC)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewRequest::submittedBy)
                .setHeader("By")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.recordType().label())
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> names.of(r.recordType(), r.recordId()))
                .setHeader("Record")
                .setFlexGrow(1);
        grid.setItems(queue.waiting());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                EditorRoutes.editorOf(e.getItem().recordType(), e.getItem().recordId()))));
        setSizeFull();
        add(new H1("Review queue"), new Paragraph("Open a draft to publish it, or send it back with a comment."), grid);
    }
}
