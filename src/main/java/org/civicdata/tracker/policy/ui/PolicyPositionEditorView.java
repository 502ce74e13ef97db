package org.civicdata.tracker.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.policy.PolicyPosition;
import org.civicdata.tracker.policy.PolicyPositionService;
import org.civicdata.tracker.policy.PolicyValue;
import org.civicdata.tracker.policy.PolicyVariable;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.CodedSelect;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.EditorRoutes;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.RecordPicker;
import org.civicdata.tracker.staff.StaffLayout;

/** One policy position at /admin/positions/{id} ({@code new} to create). */
@Route(value = "positions/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class PolicyPositionEditorView extends RecordEditorView<PolicyPosition> {

    /** The jurisdiction a new record is for, from the URL. */
    private Long forJurisdiction;

    private final transient JurisdictionService jurisdictions;
    private final RecordPicker<Jurisdiction> jurisdiction;
    private final Select<PolicyVariable> variable = new CodedSelect<>("variable", "Variable", PolicyVariable.values());
    private final Select<PolicyValue> value = new CodedSelect<>("value", "Value", PolicyValue.values());
    private final PartialDateField validFrom = new PartialDateField("Valid from", "validFrom");
    private final PartialDateField validTo = new PartialDateField("Valid to (empty: still in force)", "validTo");

    public PolicyPositionEditorView(PolicyPositionService service, JurisdictionService jurisdictions,
                                    SourceService sources, RecordHistory history) {
        super("policy position", service, sources, history);
        this.jurisdictions = jurisdictions;
        jurisdiction = new RecordPicker<>("jurisdiction", "Jurisdiction", JurisdictionService::label,
                jurisdictions::searchParents);
        jurisdiction.setRequiredIndicatorVisible(true);
        // The direction of YES differs between variables: say what YES means for the one chosen.
        variable.addValueChangeListener(e -> variable.setHelperText(e.getValue() == null ? ""
                : "Yes means: " + e.getValue().meaning()));
        validFrom.setId("valid-from");
        validTo.setId("valid-to");
        addField("jurisdiction", jurisdiction);
        addField("variable", variable);
        addField("value", value);
        addField("validFrom", validFrom);
        addField("validTo", validTo);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        super.beforeEnter(event);
    }

    @Override
    protected PolicyPosition blank() {
        PolicyPosition blank = new PolicyPosition();
        blank.setJurisdictionId(forJurisdiction);
        return blank;
    }

    @Override
    protected void fill(PolicyPosition p) {
        jurisdiction.select(p.getJurisdictionId(), jurisdictions::find);
        variable.setValue(p.getVariable());
        value.setValue(p.getValue());
        validFrom.setDate(p.getValidFromOn(), p.getValidFromPrecision());
        validTo.setDate(p.getValidToOn(), p.getValidToPrecision());
    }

    @Override
    protected void readInto(PolicyPosition p) {
        p.setJurisdictionId(jurisdiction.selectedId());
        p.setVariable(variable.getValue());
        p.setValue(value.getValue());
        p.setValidFromOn(validFrom.start());
        p.setValidFromPrecision(validFrom.precision());
        p.setValidToOn(validTo.start());
        p.setValidToPrecision(validTo.precision());
    }

    @Override
    protected String titleOf(PolicyPosition p) {
        return jurisdictions.nameOf(p.getJurisdictionId()) + ": " + p.getVariable().label() + " — " + p.getValue().label();
    }

    @Override
    protected Class<? extends Component> listView() {
        return PolicyPositionListView.class;
    }

    @Override
    protected List<PublicPage> publicPages(PolicyPosition p) {
        return p.getJurisdictionId() == null ? List.of() : jurisdictions.find(p.getJurisdictionId())
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).stream().toList();
    }
}
