package org.civicdata.tracker.record.designation.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.edge.staff.CodedSelect;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.PublicPage;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.RecordPicker;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.SourceService;

/** One designation at /admin/designations/{id} ({@code new} to create). */
@Route(value = "designations/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class DesignationEditorView extends RecordEditorView<Designation> {

    private final transient JurisdictionService jurisdictions;
    private final Select<Designator> designator = new CodedSelect<>("designator", "Designator", Designator.values());
    private final TextField designatorName = form().text("designatorName", "designator-name", "Designator, by name");
    private final TextField label = form().text("label", "label", "Label (the designator's words)");
    private final PartialDateField designatedOn = new PartialDateField("Designated on", "designatedOn");

    public DesignationEditorView(
            DesignationService service,
            JurisdictionService jurisdictions,
            SourceService sources,
            RecordHistory history) {
        super("designation", service, sources, history);
        this.jurisdictions = jurisdictions;
        RecordPicker<Jurisdiction> jurisdiction =
                RecordPicker.jurisdictions("jurisdiction", "Jurisdiction", jurisdictions);
        jurisdiction.setRequiredIndicatorVisible(true);
        label.setRequiredIndicatorVisible(true);
        designatedOn.setId("designated-on");
        form().picked("jurisdiction", jurisdiction, Designation::getJurisdictionId, Designation::setJurisdictionId);
        form().bind("designator", designator).bind(Designation::getDesignator, Designation::setDesignator);
        form().optionalText(
                        "designatorName",
                        designatorName,
                        Designation::getDesignatorName,
                        Designation::setDesignatorName);
        form().requiredText("label", label, Designation::getLabel, Designation::setLabel);
        form().date("designatedOn", designatedOn, "designated");
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    protected Designation blank() {
        Designation blank = new Designation();
        blank.setJurisdictionId(forJurisdiction());
        return blank;
    }

    @Override
    protected String titleOf(Designation d) {
        return jurisdictions.nameOf(d.getJurisdictionId()) + ": “" + d.getLabel() + "” ("
                + d.getDesignator().label() + ")";
    }

    @Override
    protected List<PublicPage> publicPages(Designation d) {
        return PublicPage.ofJurisdiction(jurisdictions, d.getJurisdictionId());
    }
}
