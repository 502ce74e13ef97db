package org.civicdata.tracker.record.statement.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementFilter;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementService;

/** All statements at /admin/statements: search quote text or speaker; filters in SQL and the URL. */
@Route(value = "statements", layout = StaffLayout.class)
@Menu(title = "Statements", order = 20)
@PermitAll
@Prototype
public class StatementListView extends FilteredListView<Statement> {

    public StatementListView(StatementService service) {
        super(
                "Search quote or speaker",
                "New statement",
                StatementEditorView.class,
                service,
                c -> new StatementFilter(c.text(), c.get("kind", StatementKind.class), c.publication()));
        addFilter("kind", "Quotes and paraphrases", StatementKind.class);
        addPublicationFilter();
        addImportButton(StatementImportView.class);
        // The quote takes the room the others leave.
        nameColumn(
                        "Speaker",
                        Statement::getPersonId,
                        id -> service.speaker(id).map(p -> p.getName()).orElse("?"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        textColumn("Quote or paraphrase", Statement::getText);
        dateColumn("Said", Statement::getSaidOn, Statement::getSaidPrecision, "saidOn")
                .setFlexGrow(0);
        codedColumn("Kind", Statement::getKind, "kind").setFlexGrow(0);
        publicationColumn().setFlexGrow(0);
    }
}
