package org.civicdata.tracker.record.statement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.function.Function;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.GridQueries;
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
        Button importCsv = new Button("Import CSV", e -> UI.getCurrent().navigate(StatementImportView.class));
        importCsv.setId("import-csv");
        addToBar(importCsv);
        Function<Long, String> speakerName =
                cached(id -> service.speaker(id).map(p -> p.getName()).orElse("?"));
        column("Speaker", s -> speakerName.apply(s.getPersonId()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        column("Quote or paraphrase", Statement::getText).setFlexGrow(1);
        column("Said", s -> GridQueries.dateText(s.getSaidOn(), s.getSaidPrecision()))
                .setSortProperty("saidOn")
                .setAutoWidth(true)
                .setFlexGrow(0);
        column("Kind", s -> s.getKind().label())
                .setSortProperty("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        publicationColumn().setAutoWidth(true).setFlexGrow(0);
    }
}
