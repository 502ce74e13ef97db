package org.civicdata.tracker.record.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.edge.staff.AttachedList;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.RecordPicker;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.status.ui.StatusHistoryEditor;

/** One funding threat at /admin/threats/{id} ({@code new} to create), with its court cases. */
@Route(value = "threats/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class FundingThreatEditorView extends RecordEditorView<FundingThreat> {

    private final transient FundingThreatService service;
    private final AttachedList<CourtCase> courtCases = new AttachedList<>("court-cases", CourtCaseEditorView.class);

    public FundingThreatEditorView(
            FundingThreatService service,
            JurisdictionService jurisdictions,
            DojLetterService letters,
            Services services) {
        super("funding threat", FundingThreat::new, service, services);
        this.service = service;
        courtCases
                .column("Case", c -> c.getName() == null ? "(unnamed)" : c.getName())
                .column("Court", c -> c.getCourt() == null ? "" : c.getCourt())
                .column("Judge", c -> c.getJudge() == null ? "" : c.getJudge())
                .column(
                        "Ruling",
                        c -> PartialDate.of(c.getRulingOn(), c.getRulingPrecision()) == null
                                ? "—"
                                : PartialDate.of(c.getRulingOn(), c.getRulingPrecision())
                                        .toString())
                .wideColumn("Outcome", c -> c.getOutcome() == null ? "" : c.getOutcome())
                .withState();
        form().jurisdiction("Jurisdiction (if one known target)", jurisdictions).setClearButtonVisible(true);
        form().optionalText("scope", "scope", "Who is threatened, in words (when not one jurisdiction)")
                .setHelperText("A jurisdiction or a scope in words: at least one of the two.");
        form().requiredText("issuingAuthority", "issuing-authority", "Issuing authority");
        form().coded("instrument", "Instrument", ThreatInstrument.class);
        form().optionalText("instrumentDetail", "instrument-detail", "Instrument, in words");
        RecordPicker<DojLetter> letter = new RecordPicker<>(
                "doj-letter",
                "DOJ letter carrying the threat (optional)",
                letters::describe,
                letters::search,
                letters::find);
        form().picked("dojLetter", letter, "dojLetterId").setClearButtonVisible(true);
        form().optionalText("programme", "programme", "Programme at stake");
        form().field("amountUsd", "amount-usd", new BigDecimalField("Amount at stake (USD)"), BigDecimal.class);
        PartialDateField announced = form().date("announcedOn", "announced-on", "Announced on", "announced");
        parts(new StatusHistoryEditor<>(
                        ThreatStatus.class, ThreatStatus.THREATENED, services.sources(), service::history)
                .addTo(form(), announced, form().coded("status", "Status", ThreatStatus.class, ThreatStatus.THREATENED))
                .forRecord(t -> PartialDate.of(t.getAnnouncedOn(), t.getAnnouncedPrecision())));
        addSourcesAndNotes();
    }

    @Override
    protected void afterShow(FundingThreat t) {
        if (t.getId() == null) {
            showAttached();
            return;
        }
        List<CourtCase> cases = service.courtCasesOf(List.of(t.getId()));
        courtCases.setItems(cases);
        Button add = new Button(
                "New court case",
                e -> getUI().ifPresent(ui ->
                        ui.navigate(CourtCaseEditorView.class, new RouteParameters("id", RecordEditorView.NEW))));
        add.setId("new-court-case");
        showAttached(new H2("Court cases (" + cases.size() + ")"), courtCases, add);
    }

    @Override
    protected String titleOf(FundingThreat t) {
        return "Funding threat: " + service.describe(t);
    }
}
