package org.civicdata.tracker.dojletter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.dojletter.DojLetter;
import org.civicdata.tracker.dojletter.DojLetterService;
import org.civicdata.tracker.dojletter.LetterStatus;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.CodedSelect;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.EditorRoutes;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.RecordPicker;
import org.civicdata.tracker.staff.StaffLayout;

/** One DOJ letter at /admin/letters/{id} ({@code new} to create): to one jurisdiction, or to recipients in words. */
@Route(value = "letters/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class DojLetterEditorView extends RecordEditorView<DojLetter> {

    /** The jurisdiction a new record is for, from the URL. */
    private Long forJurisdiction;

    private final transient DojLetterService service;
    private final transient JurisdictionService jurisdictions;
    private final RecordPicker<Jurisdiction> jurisdiction;
    private final TextField recipients = text("recipients", "Recipients, in words (when not one jurisdiction)", 500);
    private final PartialDateField sentOn = new PartialDateField("Sent on", "sentOn");
    private final TextField sender = text("sender", "Sender", 300);
    private final TextArea legalBasis = new TextArea("Legal basis (what it invokes or demands)");
    private final PartialDateField deadline = new PartialDateField("Response deadline", "deadline");
    private final Select<LetterStatus> status = new CodedSelect<>("status", "Status", LetterStatus.values());
    private final PartialDateField responseOn = new PartialDateField("Responded on", "responseOn");
    private final TextField fundingAtStake = text("funding-at-stake", "Funding at stake", 500);

    public DojLetterEditorView(DojLetterService service, JurisdictionService jurisdictions, SourceService sources,
                               RecordHistory history) {
        super("DOJ letter", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        jurisdiction = new RecordPicker<>("jurisdiction", "Jurisdiction (if one known recipient)",
                JurisdictionService::label, jurisdictions::searchParents);
        jurisdiction.setClearButtonVisible(true);
        recipients.setHelperText("A jurisdiction or recipients in words: at least one of the two.");
        legalBasis.setId("legal-basis");
        sentOn.setId("sent-on");
        deadline.setId("deadline");
        responseOn.setId("response-on");
        addField("jurisdiction", jurisdiction);
        addField("recipients", recipients);
        addField("sentOn", sentOn);
        addField("sender", sender);
        addField("status", status);
        addField("deadline", deadline);
        addField("responseOn", responseOn);
        addField("fundingAtStake", fundingAtStake);
        addField("legalBasis", legalBasis);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        super.beforeEnter(event);
    }

    @Override
    protected DojLetter blank() {
        DojLetter blank = new DojLetter();
        blank.setStatus(LetterStatus.SENT);
        blank.setJurisdictionId(forJurisdiction);
        return blank;
    }

    @Override
    protected void fill(DojLetter l) {
        jurisdiction.select(l.getJurisdictionId(), jurisdictions::find);
        recipients.setValue(nz(l.getRecipients()));
        sentOn.setDate(l.getSentOn(), l.getSentPrecision());
        sender.setValue(nz(l.getSender()));
        legalBasis.setValue(nz(l.getLegalBasis()));
        deadline.setDate(l.getDeadlineOn(), l.getDeadlinePrecision());
        status.setValue(l.getStatus());
        responseOn.setDate(l.getResponseOn(), l.getResponsePrecision());
        fundingAtStake.setValue(nz(l.getFundingAtStake()));
    }

    @Override
    protected void readInto(DojLetter l) {
        l.setJurisdictionId(jurisdiction.selectedId());
        l.setRecipients(trimmedOrNull(recipients.getValue()));
        l.setSentOn(sentOn.start());
        l.setSentPrecision(sentOn.precision());
        l.setSender(trimmedOrNull(sender.getValue()));
        l.setLegalBasis(trimmedOrNull(legalBasis.getValue()));
        l.setDeadlineOn(deadline.start());
        l.setDeadlinePrecision(deadline.precision());
        l.setStatus(status.getValue());
        l.setResponseOn(responseOn.start());
        l.setResponsePrecision(responseOn.precision());
        l.setFundingAtStake(trimmedOrNull(fundingAtStake.getValue()));
    }

    @Override
    protected String titleOf(DojLetter l) {
        return "DOJ letter, " + service.describe(l);
    }

    @Override
    protected Class<? extends Component> listView() {
        return DojLetterListView.class;
    }

    @Override
    protected List<PublicPage> publicPages(DojLetter l) {
        return l.getJurisdictionId() == null ? List.of() : jurisdictions.find(l.getJurisdictionId())
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).stream().toList();
    }
}
