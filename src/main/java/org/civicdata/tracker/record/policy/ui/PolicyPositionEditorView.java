package org.civicdata.tracker.record.policy.ui;

import com.vaadin.flow.component.select.Select;
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
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.SourceService;

/** One policy position at /admin/positions/{id} ({@code new} to create). */
@Route(value = "positions/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class PolicyPositionEditorView extends RecordEditorView<PolicyPosition> {

    private final transient JurisdictionService jurisdictions;
    private final Select<PolicyVariable> variable = new CodedSelect<>("variable", "Variable", PolicyVariable.values());
    private final Select<PolicyValue> value = new CodedSelect<>("value", "Value", PolicyValue.values());
    private final PartialDateField validFrom = new PartialDateField("Valid from", "validFrom");
    private final PartialDateField validTo = new PartialDateField("Valid to (empty: still in force)", "validTo");

    public PolicyPositionEditorView(
            PolicyPositionService service,
            JurisdictionService jurisdictions,
            SourceService sources,
            RecordHistory history) {
        super("policy position", service, sources, history);
        this.jurisdictions = jurisdictions;
        RecordPicker<Jurisdiction> jurisdiction =
                RecordPicker.jurisdictions("jurisdiction", "Jurisdiction", jurisdictions);
        jurisdiction.setRequiredIndicatorVisible(true);
        // The direction of YES differs between variables: say what YES means for the one chosen.
        variable.addValueChangeListener(e -> variable.setHelperText(
                e.getValue() == null ? "" : "Yes means: " + e.getValue().meaning()));
        validFrom.setId("valid-from");
        validTo.setId("valid-to");
        form().picked(
                        "jurisdiction",
                        jurisdiction,
                        PolicyPosition::getJurisdictionId,
                        PolicyPosition::setJurisdictionId);
        form().bind("variable", variable).bind(PolicyPosition::getVariable, PolicyPosition::setVariable);
        form().bind("value", value).bind(PolicyPosition::getValue, PolicyPosition::setValue);
        form().date("validFrom", validFrom, "validFrom");
        form().date("validTo", validTo, "validTo");
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    protected PolicyPosition blank() {
        PolicyPosition blank = new PolicyPosition();
        blank.setJurisdictionId(forJurisdiction());
        return blank;
    }

    @Override
    protected String titleOf(PolicyPosition p) {
        return jurisdictions.nameOf(p.getJurisdictionId()) + ": "
                + p.getVariable().label() + " — " + p.getValue().label();
    }

    @Override
    protected List<PublicPage> publicPages(PolicyPosition p) {
        return PublicPage.ofJurisdiction(jurisdictions, p.getJurisdictionId());
    }
}
