package org.civicdata.tracker.record.policy.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;

/** One policy position at /admin/positions/{id} ({@code new} to create). */
@Route(value = "positions/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class PolicyPositionEditorView extends RecordEditorView<PolicyPosition> {

    private final transient JurisdictionService jurisdictions;

    public PolicyPositionEditorView(
            PolicyPositionService service, JurisdictionService jurisdictions, Services services) {
        super("policy position", PolicyPosition::new, service, services);
        this.jurisdictions = jurisdictions;
        form().jurisdiction("Jurisdiction", jurisdictions).setRequiredIndicatorVisible(true);
        Select<PolicyVariable> variable = form().coded("variable", "Variable", PolicyVariable.class);
        // The direction of YES differs between variables: say what YES means for the one chosen.
        variable.addValueChangeListener(e -> variable.setHelperText(
                e.getValue() == null ? "" : "Yes means: " + e.getValue().meaning()));
        form().coded("value", "Value", PolicyValue.class);
        form().date("validFrom", "valid-from", "Valid from", "validFrom");
        form().date("validTo", "valid-to", "Valid to (empty: still in force)", "validTo");
        addSourcesAndNotes();
    }

    @Override
    protected String titleOf(PolicyPosition p) {
        return jurisdictions.nameOf(p.getJurisdictionId()) + ": "
                + p.getVariable().label() + " — " + p.getValue().label();
    }
}
