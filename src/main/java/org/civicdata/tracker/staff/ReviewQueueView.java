package org.civicdata.tracker.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.civicdata.tracker.audit.RecordWriter;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.ReviewQueue;
import org.civicdata.tracker.editing.ReviewRequest;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.person.Person;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.statement.Statement;

/** Drafts waiting for an editor, oldest first, at /admin/review. Opening one leads to its editor. */
@Route(value = "review", layout = StaffLayout.class)
@PageTitle("Review queue · Policy tracker staff")
@Menu(title = "Review queue", order = 70)
@RolesAllowed("EDITOR")
@Prototype
public class ReviewQueueView extends VerticalLayout {

    /** Where each record type's editor lives (types without an editor yet are listed, not linked). */
    static final Map<RecordType, String> EDITOR_ROUTES = Map.of(RecordType.JURISDICTION, "jurisdictions",
            RecordType.STATEMENT, "statements", RecordType.PERSON, "people", RecordType.SOURCE, "sources");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public ReviewQueueView(ReviewQueue queue, RecordWriter records) {
        Grid<ReviewRequest> grid = new Grid<>();
        grid.setId("review-queue");
        grid.addColumn(r -> WHEN.format(r.submittedAt())).setHeader("Submitted (UTC)").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewRequest::submittedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.recordType().name()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> records.find(r.recordType(), r.recordId()).map(ReviewQueueView::label)
                .orElse("(deleted)")).setHeader("Record").setFlexGrow(1);
        grid.setItems(queue.waiting());
        grid.addItemClickListener(e -> {
            String route = EDITOR_ROUTES.get(e.getItem().recordType());
            if (route != null) {
                getUI().ifPresent(ui -> ui.navigate(route + "/" + e.getItem().recordId()));
            }
        });
        setSizeFull();
        add(new H1("Review queue"), new Paragraph("Open a draft to publish it, or send it back with a comment."), grid);
    }

    static String label(Object record) {
        if (record instanceof Jurisdiction j) {
            return j.getName() + " (" + j.getSlug() + ")";
        }
        if (record instanceof Statement s) {
            String text = s.getText() == null ? "" : s.getText();
            return "“" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "”";
        }
        if (record instanceof Person p) {
            return p.getName();
        }
        if (record instanceof Source s) {
            return s.getTitle();
        }
        return record.getClass().getSimpleName();
    }
}
