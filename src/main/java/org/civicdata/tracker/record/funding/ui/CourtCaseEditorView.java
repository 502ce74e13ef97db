package org.civicdata.tracker.record.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.PublicPage;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.RecordPicker;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.SourceService;

/** One court case at /admin/court-cases/{id} ({@code new} to create), on a funding threat chosen from a list. */
@Route(value = "court-cases/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class CourtCaseEditorView extends RecordEditorView<CourtCase> {

    private final transient FundingThreatService threats;
    private final transient JurisdictionService jurisdictions;
    private final TextField name = form().text("name", "name", "Case name");
    private final TextField court = form().text("court", "court", "Court");
    private final TextField judge = form().text("judge", "judge", "Judge");
    private final PartialDateField rulingOn = new PartialDateField("Ruling on", "rulingOn");
    private final TextField outcome = form().text("outcome", "outcome", "Outcome, in a few words");
    private final TextArea summary = new TextArea("What the ruling held");
    private final Button openThreat = new Button("Open the threat");

    public CourtCaseEditorView(
            CourtCaseService service,
            FundingThreatService threats,
            JurisdictionService jurisdictions,
            SourceService sources,
            RecordHistory history) {
        super("court case", service, sources, history);
        this.threats = threats;
        this.jurisdictions = jurisdictions;
        RecordPicker<FundingThreat> threat = new RecordPicker<>(
                "funding-threat", "Funding threat", threats::describe, threats::search, threats::find);
        threat.setRequiredIndicatorVisible(true);
        rulingOn.setId("ruling-on");
        summary.setId("summary");
        openThreat.setId("open-threat");
        openThreat.addClickListener(e -> {
            if (threat.selectedId() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        FundingThreatEditorView.class, new RouteParameters("id", String.valueOf(threat.selectedId()))));
            }
        });
        form().picked("fundingThreat", threat, CourtCase::getFundingThreatId, CourtCase::setFundingThreatId);
        form().optionalText("name", name, CourtCase::getName, CourtCase::setName);
        form().optionalText("court", court, CourtCase::getCourt, CourtCase::setCourt);
        form().optionalText("judge", judge, CourtCase::getJudge, CourtCase::setJudge);
        form().date("rulingOn", rulingOn, "ruling");
        form().optionalText("outcome", outcome, CourtCase::getOutcome, CourtCase::setOutcome);
        form().optionalText("summary", summary, CourtCase::getSummary, CourtCase::setSummary);
        addSourcesAndNotes();
        showAttached(openThreat);
    }

    @Override
    protected CourtCase blank() {
        return new CourtCase();
    }

    @Override
    protected String titleOf(CourtCase c) {
        String what = c.getName() != null
                ? c.getName()
                : c.getCourt() != null
                        ? c.getCourt()
                        : c.getJudge() != null ? "Ruling by " + c.getJudge() : "Court case";
        return "Court case: " + what;
    }

    /** A court case is shown under its funding threat, on the page of the threat's jurisdiction. */
    @Override
    protected List<PublicPage> publicPages(CourtCase c) {
        return c.getFundingThreatId() == null
                ? List.of()
                : PublicPage.ofJurisdiction(
                        jurisdictions,
                        threats.find(c.getFundingThreatId())
                                .map(FundingThreat::getJurisdictionId)
                                .orElse(null));
    }

    @Override
    protected String noPublicPage() {
        return "Not on any public page: its funding threat is attached to no jurisdiction.";
    }
}
