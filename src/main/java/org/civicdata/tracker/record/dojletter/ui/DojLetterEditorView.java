package org.civicdata.tracker.record.dojletter.ui;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.status.ui.StatusHistoryEditor;

/** One DOJ letter at /admin/letters/{id} ({@code new} to create): to one jurisdiction, or to recipients in words. */
@Route(value = "letters/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class DojLetterEditorView extends RecordEditorView<DojLetter> {

    private final transient DojLetterService service;

    public DojLetterEditorView(DojLetterService service, JurisdictionService jurisdictions, Services services) {
        super("DOJ letter", DojLetter::new, service, services);
        this.service = service;
        form().jurisdiction("Jurisdiction (if one known recipient)", jurisdictions)
                .setClearButtonVisible(true);
        form().optionalText("recipients", "recipients", "Recipients, in words (when not one jurisdiction)")
                .setHelperText("A jurisdiction or recipients in words: at least one of the two.");
        PartialDateField sent = form().date("sentOn", "sent-on", "Sent on", "sent");
        form().optionalText("sender", "sender", "Sender");
        form().date("deadline", "deadline", "Response deadline", "deadline");
        form().date("responseOn", "response-on", "Responded on", "response");
        form().optionalText("fundingAtStake", "funding-at-stake", "Funding at stake");
        form().optionalArea("legalBasis", "legal-basis", "Legal basis (what it invokes or demands)");
        parts(new StatusHistoryEditor<>(LetterStatus.class, LetterStatus.SENT, services.sources(), service::history)
                .addTo(form(), sent, form().coded("status", "Status", LetterStatus.class, LetterStatus.SENT))
                .forRecord(l -> PartialDate.of(l.getSentOn(), l.getSentPrecision())));
        addSourcesAndNotes();
    }

    @Override
    protected String titleOf(DojLetter l) {
        return "DOJ letter, " + service.describe(l);
    }
}
