package org.civicdata.tracker.record.jurisdiction.ui;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.CsvImportView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.jurisdiction.JurisdictionCsv;
import org.civicdata.tracker.record.jurisdiction.JurisdictionImport;
import org.civicdata.tracker.record.jurisdiction.JurisdictionImport.Preview;
import org.civicdata.tracker.record.jurisdiction.JurisdictionImport.Row;

/**
 * CSV import of jurisdictions at /admin/import/jurisdictions: upload, see every problem (line,
 * column, what is wrong) or what will be created and updated, then import all rows or none.
 */
@Route(value = "import/jurisdictions", layout = StaffLayout.class)
@PermitAll
@Prototype
public class JurisdictionImportView extends CsvImportView<Row, Preview> {

    public JurisdictionImportView(JurisdictionImport importer) {
        super(
                "Import jurisdictions",
                "A CSV file with a header row and the columns " + JurisdictionCsv.COLUMNS
                        + " (slug, name, kind and state required). Rows whose slug exists update that jurisdiction;"
                        + " the others become drafts. Nothing is written until every row is valid, and then all are.",
                importer::preview,
                importer::commit);
        rows.addColumn(Row::slug).setHeader("Slug");
        rows.addColumn(r -> r.values().get("name")).setHeader("Name");
        addOutcomeColumns();
    }
}
