package org.civicdata.tracker.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.dojletter.DojLetter;
import org.civicdata.tracker.dojletter.DojLetterService;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.funding.CourtCase;
import org.civicdata.tracker.funding.FundingThreat;
import org.civicdata.tracker.funding.FundingThreatService;
import org.civicdata.tracker.funding.ThreatInstrument;
import org.civicdata.tracker.funding.ThreatStatus;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.CodedSelect;
import org.civicdata.tracker.staff.AttachedList;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.EditorRoutes;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.RecordPicker;
import org.civicdata.tracker.staff.StaffLayout;

/** One funding threat at /admin/threats/{id} ({@code new} to create), with its court cases. */
@Route(value = "threats/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class FundingThreatEditorView extends RecordEditorView<FundingThreat> {

    /** The jurisdiction a new record is for, from the URL. */
    private Long forJurisdiction;

    private final transient FundingThreatService service;
    private final transient JurisdictionService jurisdictions;
    private final transient DojLetterService letters;
    private final RecordPicker<Jurisdiction> jurisdiction;
    private final TextField scope = text("scope", "Who is threatened, in words (when not one jurisdiction)", 500);
    private final TextField issuingAuthority = text("issuing-authority", "Issuing authority", 300);
    private final Select<ThreatInstrument> instrument = new CodedSelect<>("instrument", "Instrument", ThreatInstrument.values());
    private final TextField instrumentDetail = text("instrument-detail", "Instrument, in words", 500);
    private final RecordPicker<DojLetter> letter;
    private final TextField programme = text("programme", "Programme at stake", 300);
    private final BigDecimalField amountUsd = new BigDecimalField("Amount at stake (USD)");
    private final Select<ThreatStatus> status = new CodedSelect<>("status", "Status", ThreatStatus.values());
    private final PartialDateField announcedOn = new PartialDateField("Announced on", "announcedOn");
    private final AttachedList<CourtCase> courtCases = new AttachedList<>("court-cases", CourtCaseEditorView.class);

    public FundingThreatEditorView(FundingThreatService service, JurisdictionService jurisdictions,
                                   DojLetterService letters, SourceService sources, RecordHistory history) {
        super("funding threat", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.letters = letters;
        jurisdiction = new RecordPicker<>("jurisdiction", "Jurisdiction (if one known target)",
                JurisdictionService::label, jurisdictions::searchParents);
        jurisdiction.setClearButtonVisible(true);
        scope.setHelperText("A jurisdiction or a scope in words: at least one of the two.");
        issuingAuthority.setRequiredIndicatorVisible(true);
        letter = new RecordPicker<>("doj-letter", "DOJ letter carrying the threat (optional)", letters::describe,
                letters::search);
        letter.setClearButtonVisible(true);
        amountUsd.setId("amount-usd");
        announcedOn.setId("announced-on");
        courtCases.column("Case", c -> c.getName() == null ? "(unnamed)" : c.getName())
                .column("Court", c -> c.getCourt() == null ? "" : c.getCourt())
                .column("Judge", c -> c.getJudge() == null ? "" : c.getJudge())
                .column("Ruling", c -> PartialDate.of(c.getRulingOn(), c.getRulingPrecision()) == null ? "—"
                        : PartialDate.of(c.getRulingOn(), c.getRulingPrecision()).toString())
                .wideColumn("Outcome", c -> c.getOutcome() == null ? "" : c.getOutcome())
                .withState();
        addField("jurisdiction", jurisdiction);
        addField("scope", scope);
        addField("issuingAuthority", issuingAuthority);
        addField("instrument", instrument);
        addField("instrumentDetail", instrumentDetail);
        addField("dojLetter", letter);
        addField("programme", programme);
        addField("amountUsd", amountUsd);
        addField("status", status);
        addField("announcedOn", announcedOn);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        super.beforeEnter(event);
    }

    @Override
    protected FundingThreat blank() {
        FundingThreat blank = new FundingThreat();
        blank.setStatus(ThreatStatus.THREATENED);
        blank.setJurisdictionId(forJurisdiction);
        return blank;
    }

    @Override
    protected void fill(FundingThreat t) {
        jurisdiction.select(t.getJurisdictionId(), jurisdictions::find);
        scope.setValue(nz(t.getScope()));
        issuingAuthority.setValue(nz(t.getIssuingAuthority()));
        instrument.setValue(t.getInstrument());
        instrumentDetail.setValue(nz(t.getInstrumentDetail()));
        letter.select(t.getDojLetterId(), letters::find);
        programme.setValue(nz(t.getProgramme()));
        amountUsd.setValue(t.getAmountUsd());
        status.setValue(t.getStatus());
        announcedOn.setDate(t.getAnnouncedOn(), t.getAnnouncedPrecision());
    }

    @Override
    protected void readInto(FundingThreat t) {
        t.setJurisdictionId(jurisdiction.selectedId());
        t.setScope(trimmedOrNull(scope.getValue()));
        t.setIssuingAuthority(issuingAuthority.getValue().trim());
        t.setInstrument(instrument.getValue());
        t.setInstrumentDetail(trimmedOrNull(instrumentDetail.getValue()));
        t.setDojLetterId(letter.selectedId());
        t.setProgramme(trimmedOrNull(programme.getValue()));
        t.setAmountUsd(amountUsd.getValue());
        t.setStatus(status.getValue());
        t.setAnnouncedOn(announcedOn.start());
        t.setAnnouncedPrecision(announcedOn.precision());
    }

    @Override
    protected void afterShow(FundingThreat t) {
        if (t.getId() == null) {
            showAttached();
            return;
        }
        List<CourtCase> cases = service.courtCasesOf(List.of(t.getId()));
        courtCases.setItems(cases);
        Button add = new Button("New court case", e -> getUI().ifPresent(ui -> ui.navigate(CourtCaseEditorView.class,
                new RouteParameters("id", RecordEditorView.NEW))));
        add.setId("new-court-case");
        showAttached(new H2("Court cases (" + cases.size() + ")"), courtCases, add);
    }

    @Override
    protected String titleOf(FundingThreat t) {
        return "Funding threat: " + service.describe(t);
    }

    @Override
    protected Class<? extends Component> listView() {
        return FundingThreatListView.class;
    }

    @Override
    protected List<PublicPage> publicPages(FundingThreat t) {
        return t.getJurisdictionId() == null ? List.of() : jurisdictions.find(t.getJurisdictionId())
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).stream().toList();
    }
}
