package org.civicdata.tracker.record.designation.ui;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** One designation at /admin/designations/{id} ({@code new} to create). */
@Route(value = "designations/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class DesignationEditorView extends RecordEditorView<Designation> {

    private final transient JurisdictionService jurisdictions;

    public DesignationEditorView(DesignationService service, JurisdictionService jurisdictions, Services services) {
        super("designation", Designation::new, service, services);
        this.jurisdictions = jurisdictions;
        form().jurisdiction("Jurisdiction", jurisdictions).setRequiredIndicatorVisible(true);
        form().coded("designator", "Designator", Designator.class);
        form().optionalText("designatorName", "designator-name", "Designator, by name");
        form().requiredText("label", "label", "Label (the designator's words)");
        form().date("designatedOn", "designated-on", "Designated on", "designated");
        addSourcesAndNotes();
    }

    @Override
    protected String titleOf(Designation d) {
        return jurisdictions.nameOf(d.getJurisdictionId()) + ": “" + d.getLabel() + "” ("
                + d.getDesignator().label() + ")";
    }
}
