package org.civicdata.tracker.designation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.designation.Designation;
import org.civicdata.tracker.designation.DesignationService;
import org.civicdata.tracker.designation.Designator;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.CodedSelect;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.EditorRoutes;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.RecordPicker;
import org.civicdata.tracker.staff.StaffLayout;

/** One designation at /admin/designations/{id} ({@code new} to create). */
@Route(value = "designations/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class DesignationEditorView extends RecordEditorView<Designation> {

    /** The jurisdiction a new record is for, from the URL. */
    private Long forJurisdiction;

    private final transient JurisdictionService jurisdictions;
    private final RecordPicker<Jurisdiction> jurisdiction;
    private final Select<Designator> designator = new CodedSelect<>("designator", "Designator", Designator.values());
    private final TextField designatorName = text("designator-name", "Designator, by name", 300);
    private final TextField label = text("label", "Label (the designator's words)", 300);
    private final PartialDateField designatedOn = new PartialDateField("Designated on", "designatedOn");

    public DesignationEditorView(DesignationService service, JurisdictionService jurisdictions, SourceService sources,
                                 RecordHistory history) {
        super("designation", service, sources, history);
        this.jurisdictions = jurisdictions;
        jurisdiction = new RecordPicker<>("jurisdiction", "Jurisdiction", JurisdictionService::label,
                jurisdictions::searchParents);
        jurisdiction.setRequiredIndicatorVisible(true);
        label.setRequiredIndicatorVisible(true);
        designatedOn.setId("designated-on");
        addField("jurisdiction", jurisdiction);
        addField("designator", designator);
        addField("designatorName", designatorName);
        addField("label", label);
        addField("designatedOn", designatedOn);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        super.beforeEnter(event);
    }

    @Override
    protected Designation blank() {
        Designation blank = new Designation();
        blank.setJurisdictionId(forJurisdiction);
        return blank;
    }

    @Override
    protected void fill(Designation d) {
        jurisdiction.select(d.getJurisdictionId(), jurisdictions::find);
        designator.setValue(d.getDesignator());
        designatorName.setValue(nz(d.getDesignatorName()));
        label.setValue(nz(d.getLabel()));
        designatedOn.setDate(d.getDesignatedOn(), d.getDesignatedPrecision());
    }

    @Override
    protected void readInto(Designation d) {
        d.setJurisdictionId(jurisdiction.selectedId());
        d.setDesignator(designator.getValue());
        d.setDesignatorName(trimmedOrNull(designatorName.getValue()));
        d.setLabel(label.getValue().trim());
        d.setDesignatedOn(designatedOn.start());
        d.setDesignatedPrecision(designatedOn.precision());
    }

    @Override
    protected String titleOf(Designation d) {
        return jurisdictions.nameOf(d.getJurisdictionId()) + ": “" + d.getLabel() + "” (" + d.getDesignator().label() + ")";
    }

    @Override
    protected Class<? extends Component> listView() {
        return DesignationListView.class;
    }

    @Override
    protected List<PublicPage> publicPages(Designation d) {
        return d.getJurisdictionId() == null ? List.of() : jurisdictions.find(d.getJurisdictionId())
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).stream().toList();
    }
}
