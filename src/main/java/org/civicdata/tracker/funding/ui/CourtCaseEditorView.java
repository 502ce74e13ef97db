package org.civicdata.tracker.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.funding.CourtCase;
import org.civicdata.tracker.funding.CourtCaseService;
import org.civicdata.tracker.funding.FundingThreat;
import org.civicdata.tracker.funding.FundingThreatService;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.RecordPicker;
import org.civicdata.tracker.staff.StaffLayout;

/** One court case at /admin/court-cases/{id} ({@code new} to create), on a funding threat chosen from a list. */
@Route(value = "court-cases/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class CourtCaseEditorView extends RecordEditorView<CourtCase> {

    private final transient FundingThreatService threats;
    private final transient JurisdictionService jurisdictions;
    private final RecordPicker<FundingThreat> threat;
    private final TextField name = text("name", "Case name", 300);
    private final TextField court = text("court", "Court", 300);
    private final TextField judge = text("judge", "Judge", 200);
    private final PartialDateField rulingOn = new PartialDateField("Ruling on", "rulingOn");
    private final TextField outcome = text("outcome", "Outcome, in a few words", 300);
    private final TextArea summary = new TextArea("What the ruling held");
    private final Button openThreat = new Button("Open the threat");

    public CourtCaseEditorView(CourtCaseService service, FundingThreatService threats,
                               JurisdictionService jurisdictions, SourceService sources, RecordHistory history) {
        super("court case", service, sources, history);
        this.threats = threats;
        this.jurisdictions = jurisdictions;
        threat = new RecordPicker<>("funding-threat", "Funding threat", threats::describe, threats::search);
        threat.setRequiredIndicatorVisible(true);
        rulingOn.setId("ruling-on");
        summary.setId("summary");
        openThreat.setId("open-threat");
        openThreat.addClickListener(e -> {
            if (threat.selectedId() != null) {
                getUI().ifPresent(ui -> ui.navigate(FundingThreatEditorView.class,
                        new RouteParameters("id", String.valueOf(threat.selectedId()))));
            }
        });
        addField("fundingThreat", threat);
        addField("name", name);
        addField("court", court);
        addField("judge", judge);
        addField("rulingOn", rulingOn);
        addField("outcome", outcome);
        addField("summary", summary);
        addSourcesAndNotes();
        showAttached(openThreat);
    }

    @Override
    protected CourtCase blank() {
        return new CourtCase();
    }

    @Override
    protected void fill(CourtCase c) {
        threat.select(c.getFundingThreatId(), threats::find);
        name.setValue(nz(c.getName()));
        court.setValue(nz(c.getCourt()));
        judge.setValue(nz(c.getJudge()));
        rulingOn.setDate(c.getRulingOn(), c.getRulingPrecision());
        outcome.setValue(nz(c.getOutcome()));
        summary.setValue(nz(c.getSummary()));
    }

    @Override
    protected void readInto(CourtCase c) {
        c.setFundingThreatId(threat.selectedId());
        c.setName(trimmedOrNull(name.getValue()));
        c.setCourt(trimmedOrNull(court.getValue()));
        c.setJudge(trimmedOrNull(judge.getValue()));
        c.setRulingOn(rulingOn.start());
        c.setRulingPrecision(rulingOn.precision());
        c.setOutcome(trimmedOrNull(outcome.getValue()));
        c.setSummary(trimmedOrNull(summary.getValue()));
    }

    @Override
    protected String titleOf(CourtCase c) {
        String what = c.getName() != null ? c.getName() : c.getCourt() != null ? c.getCourt()
                : c.getJudge() != null ? "Ruling by " + c.getJudge() : "Court case";
        return "Court case: " + what;
    }

    @Override
    protected Class<? extends Component> listView() {
        return CourtCaseListView.class;
    }

    /** A court case is shown under its funding threat, on the page of the threat's jurisdiction. */
    @Override
    protected List<PublicPage> publicPages(CourtCase c) {
        return c.getFundingThreatId() == null ? List.of() : threats.find(c.getFundingThreatId()).map(FundingThreat::getJurisdictionId).flatMap(jurisdictions::find)
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).stream().toList();
    }

    @Override
    protected String noPublicPage() {
        return "Not on any public page: its funding threat is attached to no jurisdiction.";
    }
}
