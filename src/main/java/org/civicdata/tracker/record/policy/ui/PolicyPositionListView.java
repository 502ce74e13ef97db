package org.civicdata.tracker.record.policy.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionFilter;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;

/** All policy positions at /admin/positions: search by jurisdiction; variable, value and state filters in SQL and the URL. */
@Route(value = "positions", layout = StaffLayout.class)
@Menu(title = "Policy positions", order = 12)
@PermitAll
@Prototype
public class PolicyPositionListView extends FilteredListView<PolicyPosition> {

    public PolicyPositionListView(PolicyPositionService service, JurisdictionService jurisdictions) {
        super(
                "Search jurisdiction",
                "New position",
                PolicyPositionEditorView.class,
                service,
                c -> new PolicyPositionFilter(
                        c.text(),
                        c.get("variable", PolicyVariable.class),
                        c.get("value", PolicyValue.class),
                        c.publication()));
        addFilter("variable", "Any variable", PolicyVariable.class);
        addFilter("value", "Any value", PolicyValue.class);
        addPublicationFilter();
        nameColumn("Jurisdiction", PolicyPosition::getJurisdictionId, jurisdictions::nameOf);
        codedColumn("Variable", PolicyPosition::getVariable, "variable");
        codedColumn("Value", PolicyPosition::getValue, "value");
        dateColumn("Valid from", PolicyPosition::getValidFromOn, PolicyPosition::getValidFromPrecision, "validFromOn");
        dateColumn("Valid to", PolicyPosition::getValidToOn, PolicyPosition::getValidToPrecision, "validToOn");
        publicationColumn();
    }
}
