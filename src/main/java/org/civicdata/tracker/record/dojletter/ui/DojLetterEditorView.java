package org.civicdata.tracker.record.dojletter.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.SourceService;

/** One DOJ letter at /admin/letters/{id} ({@code new} to create): to one jurisdiction, or to recipients in words. */
@Route(value = "letters/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class DojLetterEditorView extends RecordEditorView<DojLetter> {

    private final transient DojLetterService service;
    private final transient JurisdictionService jurisdictions;
    private final TextField recipients =
            form().text("recipients", "recipients", "Recipients, in words (when not one jurisdiction)");
    private final PartialDateField sentOn = new PartialDateField("Sent on", "sentOn");
    private final TextField sender = form().text("sender", "sender", "Sender");
    private final TextArea legalBasis = new TextArea("Legal basis (what it invokes or demands)");
    private final PartialDateField deadline = new PartialDateField("Response deadline", "deadline");
    private final Select<LetterStatus> status = new CodedSelect<>("status", "Status", LetterStatus.values());
    private final PartialDateField responseOn = new PartialDateField("Responded on", "responseOn");
    private final TextField fundingAtStake = form().text("fundingAtStake", "funding-at-stake", "Funding at stake");

    public DojLetterEditorView(
            DojLetterService service, JurisdictionService jurisdictions, SourceService sources, RecordHistory history) {
        super("DOJ letter", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        RecordPicker<Jurisdiction> jurisdiction =
                RecordPicker.jurisdictions("jurisdiction", "Jurisdiction (if one known recipient)", jurisdictions);
        jurisdiction.setClearButtonVisible(true);
        recipients.setHelperText("A jurisdiction or recipients in words: at least one of the two.");
        legalBasis.setId("legal-basis");
        sentOn.setId("sent-on");
        deadline.setId("deadline");
        responseOn.setId("response-on");
        form().picked("jurisdiction", jurisdiction, DojLetter::getJurisdictionId, DojLetter::setJurisdictionId);
        form().optionalText("recipients", recipients, DojLetter::getRecipients, DojLetter::setRecipients);
        form().date("sentOn", sentOn, "sent");
        form().optionalText("sender", sender, DojLetter::getSender, DojLetter::setSender);
        form().bind("status", status).bind(DojLetter::getStatus, DojLetter::setStatus);
        form().date("deadline", deadline, "deadline");
        form().date("responseOn", responseOn, "response");
        form().optionalText(
                        "fundingAtStake", fundingAtStake, DojLetter::getFundingAtStake, DojLetter::setFundingAtStake);
        form().optionalText("legalBasis", legalBasis, DojLetter::getLegalBasis, DojLetter::setLegalBasis);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    protected DojLetter blank() {
        DojLetter blank = new DojLetter();
        blank.setStatus(LetterStatus.SENT);
        blank.setJurisdictionId(forJurisdiction());
        return blank;
    }

    @Override
    protected String titleOf(DojLetter l) {
        return "DOJ letter, " + service.describe(l);
    }

    @Override
    protected List<PublicPage> publicPages(DojLetter l) {
        return PublicPage.ofJurisdiction(jurisdictions, l.getJurisdictionId());
    }
}
