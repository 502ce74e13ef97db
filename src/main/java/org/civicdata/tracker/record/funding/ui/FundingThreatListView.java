package org.civicdata.tracker.record.funding.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatFilter;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** All funding threats at /admin/threats: search authority, scope, programme or jurisdiction; filters in SQL and the URL. */
@Route(value = "threats", layout = StaffLayout.class)
@Menu(title = "Funding threats", order = 24)
@PermitAll
@Prototype
public class FundingThreatListView extends FilteredListView<FundingThreat> {

    public FundingThreatListView(FundingThreatService service, JurisdictionService jurisdictions) {
        super(
                "Search authority, scope, programme or jurisdiction",
                "New threat",
                FundingThreatEditorView.class,
                service,
                c -> new FundingThreatFilter(c.text(), c.get("status", ThreatStatus.class), c.publication()));
        addFilter("status", "Any status", ThreatStatus.class);
        addPublicationFilter();
        textColumn("Issued by", FundingThreat::getIssuingAuthority);
        nameColumn("Against", FundingThreat::getJurisdictionId, jurisdictions::nameOf, FundingThreat::getScope);
        codedColumn("Instrument", FundingThreat::getInstrument, "instrument");
        textColumn("Amount (USD)", FundingThreat::getAmountUsd, "amountUsd").setAutoWidth(true);
        dateColumn("Announced", FundingThreat::getAnnouncedOn, FundingThreat::getAnnouncedPrecision, "announcedOn");
        codedColumn("Status", FundingThreat::getStatus, "status");
        publicationColumn();
    }
}
