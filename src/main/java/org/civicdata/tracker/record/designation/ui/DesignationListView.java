package org.civicdata.tracker.record.designation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationFilter;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** All designations at /admin/designations: search label, designator or jurisdiction; filters in SQL and the URL. */
@Route(value = "designations", layout = StaffLayout.class)
@Menu(title = "Designations", order = 14)
@PermitAll
@Prototype
public class DesignationListView extends FilteredListView<Designation> {

    public DesignationListView(DesignationService service, JurisdictionService jurisdictions) {
        super(
                "Search label, designator or jurisdiction",
                "New designation",
                DesignationEditorView.class,
                service,
                c -> new DesignationFilter(c.text(), c.get("designator", Designator.class), c.publication()));
        addFilter("designator", "Any designator", Designator.class);
        addPublicationFilter();
        nameColumn("Jurisdiction", Designation::getJurisdictionId, jurisdictions::nameOf)
                .setAutoWidth(true);
        textColumn("Label", Designation::getLabel, "label");
        codedColumn("Designator", Designation::getDesignator, "designator");
        textColumn("Designator name", Designation::getDesignatorName);
        dateColumn("Designated", Designation::getDesignatedOn, Designation::getDesignatedPrecision, "designatedOn");
        publicationColumn();
    }
}
