package org.civicdata.tracker.record.statement.ui;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.CsvImportView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.statement.StatementImport;
import org.civicdata.tracker.record.statement.StatementImport.Preview;
import org.civicdata.tracker.record.statement.StatementImport.Row;

/**
 * CSV import of statements at /admin/import/statements: every problem by line and column first, then
 * all rows or none. A row with the speaker and exact text of an existing statement updates it.
 */
@Route(value = "import/statements", layout = StaffLayout.class)
@PermitAll
@Prototype
public class StatementImportView extends CsvImportView<Row, Preview> {

    public StatementImportView(StatementImport importer) {
        super(
                "Import statements",
                "A CSV file (UTF-8) with a header row and the columns " + StatementImport.COLUMNS
                        + " (speaker, text and kind required). The speaker is a person's exact name; the text is kept"
                        + " verbatim. A row whose speaker and exact text match a statement updates it; the others become"
                        + " drafts. Nothing is written until every row is valid, and then all are.",
                importer::preview,
                importer::commit);
        rows.addColumn(Row::speaker).setHeader("Speaker").setAutoWidth(true);
        rows.addColumn(Row::text).setHeader("Quote or paraphrase").setFlexGrow(1);
        addOutcomeColumns();
    }
}
