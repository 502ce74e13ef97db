package org.civicdata.tracker.record.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.edge.staff.AttachedList;
import org.civicdata.tracker.edge.staff.CodedSelect;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.PublicPage;
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
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.SourceService;

/** One funding threat at /admin/threats/{id} ({@code new} to create), with its court cases. */
@Route(value = "threats/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class FundingThreatEditorView extends RecordEditorView<FundingThreat> {

    private final transient FundingThreatService service;
    private final transient JurisdictionService jurisdictions;
    private final TextField scope =
            form().text("scope", "scope", "Who is threatened, in words (when not one jurisdiction)");
    private final TextField issuingAuthority =
            form().text("issuingAuthority", "issuing-authority", "Issuing authority");
    private final Select<ThreatInstrument> instrument =
            new CodedSelect<>("instrument", "Instrument", ThreatInstrument.values());
    private final TextField instrumentDetail =
            form().text("instrumentDetail", "instrument-detail", "Instrument, in words");
    private final TextField programme = form().text("programme", "programme", "Programme at stake");
    private final BigDecimalField amountUsd = new BigDecimalField("Amount at stake (USD)");
    private final Select<ThreatStatus> status = new CodedSelect<>("status", "Status", ThreatStatus.values());
    private final PartialDateField announcedOn = new PartialDateField("Announced on", "announcedOn");
    private final AttachedList<CourtCase> courtCases = new AttachedList<>("court-cases", CourtCaseEditorView.class);

    public FundingThreatEditorView(
            FundingThreatService service,
            JurisdictionService jurisdictions,
            DojLetterService letters,
            SourceService sources,
            RecordHistory history) {
        super("funding threat", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        RecordPicker<Jurisdiction> jurisdiction =
                RecordPicker.jurisdictions("jurisdiction", "Jurisdiction (if one known target)", jurisdictions);
        jurisdiction.setClearButtonVisible(true);
        scope.setHelperText("A jurisdiction or a scope in words: at least one of the two.");
        issuingAuthority.setRequiredIndicatorVisible(true);
        RecordPicker<DojLetter> letter = new RecordPicker<>(
                "doj-letter",
                "DOJ letter carrying the threat (optional)",
                letters::describe,
                letters::search,
                letters::find);
        letter.setClearButtonVisible(true);
        amountUsd.setId("amount-usd");
        announcedOn.setId("announced-on");
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
        form().picked("jurisdiction", jurisdiction, FundingThreat::getJurisdictionId, FundingThreat::setJurisdictionId);
        form().optionalText("scope", scope, FundingThreat::getScope, FundingThreat::setScope);
        form().requiredText(
                        "issuingAuthority",
                        issuingAuthority,
                        FundingThreat::getIssuingAuthority,
                        FundingThreat::setIssuingAuthority);
        form().bind("instrument", instrument).bind(FundingThreat::getInstrument, FundingThreat::setInstrument);
        form().optionalText(
                        "instrumentDetail",
                        instrumentDetail,
                        FundingThreat::getInstrumentDetail,
                        FundingThreat::setInstrumentDetail);
        form().picked("dojLetter", letter, FundingThreat::getDojLetterId, FundingThreat::setDojLetterId);
        form().optionalText("programme", programme, FundingThreat::getProgramme, FundingThreat::setProgramme);
        form().bind("amountUsd", amountUsd).bind(FundingThreat::getAmountUsd, FundingThreat::setAmountUsd);
        form().bind("status", status).bind(FundingThreat::getStatus, FundingThreat::setStatus);
        form().date("announcedOn", announcedOn, "announced");
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    protected FundingThreat blank() {
        FundingThreat blank = new FundingThreat();
        blank.setStatus(ThreatStatus.THREATENED);
        blank.setJurisdictionId(forJurisdiction());
        return blank;
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

    @Override
    protected List<PublicPage> publicPages(FundingThreat t) {
        return PublicPage.ofJurisdiction(jurisdictions, t.getJurisdictionId());
    }
}
