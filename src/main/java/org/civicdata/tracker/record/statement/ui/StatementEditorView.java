package org.civicdata.tracker.record.statement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.source.SourceService;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementService;
import org.civicdata.tracker.record.statement.Venue;

/** One statement at /admin/statements/{id} ({@code new} to create). Quotes are entered verbatim. */
@Route(value = "statements/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class StatementEditorView extends RecordEditorView<Statement> {

    private final transient StatementService service;
    private final transient JurisdictionService jurisdictions;
    private final Select<StatementKind> kind = new CodedSelect<>("kind", "Kind", StatementKind.values());
    private final TextArea text = new TextArea("Quote or paraphrase");
    private final PartialDateField saidOn = new PartialDateField("Said on", "saidOn");
    private final Checkbox saidOnInferred = new Checkbox("Date inferred (not stated by the source)");
    private final Select<Venue> venue = new CodedSelect<>("venue", "Venue", Venue.values());
    private final TextField venueDetail = form().text("venueDetail", "venue-detail", "Where, in detail");
    private final TextField reportedBy = form().text("reportedBy", "reported-by", "Reported by");

    public StatementEditorView(
            StatementService service, JurisdictionService jurisdictions, SourceService sources, RecordHistory history) {
        super("statement", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        RecordPicker<Person> speaker = new RecordPicker<>(
                "speaker",
                "Speaker",
                p -> p.getName() + (p.getOffice() == null ? "" : " — " + p.getOffice()),
                service::searchSpeakers,
                service::speaker);
        speaker.setRequiredIndicatorVisible(true);
        RecordPicker<Jurisdiction> jurisdiction = RecordPicker.jurisdictions(
                "jurisdiction", "Jurisdiction (the one the speaker speaks for)", jurisdictions);
        text.setId("text");
        text.setRequiredIndicatorVisible(true);
        text.setHelperText(
                "A quote is copied character for character from the source; a paraphrase is marked as such (Kind).");
        saidOn.setId("said-on");
        saidOnInferred.setId("said-on-inferred");
        venue.setEmptySelectionAllowed(true);
        form().picked("speaker", speaker, Statement::getPersonId, Statement::setPersonId);
        form().picked("jurisdiction", jurisdiction, Statement::getJurisdictionId, Statement::setJurisdictionId);
        form().bind("kind", kind).bind(Statement::getKind, Statement::setKind);
        form().date("saidOn", saidOn, "said");
        // A quote is kept exactly as typed or pasted: no trimming of its characters.
        form().bind("text", text).bind(Statement::getText, Statement::setText);
        form().bind("saidOnInferred", saidOnInferred).bind(Statement::isSaidOnInferred, Statement::setSaidOnInferred);
        form().bind("venue", venue).bind(Statement::getVenue, Statement::setVenue);
        form().optionalText("venueDetail", venueDetail, Statement::getVenueDetail, Statement::setVenueDetail);
        form().optionalText("reportedBy", reportedBy, Statement::getReportedBy, Statement::setReportedBy);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    protected Statement blank() {
        Statement blank = new Statement();
        blank.setKind(StatementKind.QUOTE);
        blank.setJurisdictionId(forJurisdiction());
        return blank;
    }

    @Override
    protected String titleOf(Statement s) {
        String speakerName = s.getPersonId() == null
                ? "Statement"
                : service.speaker(s.getPersonId()).map(Person::getName).orElse("Statement");
        String words = s.getText() == null ? "" : s.getText();
        return speakerName + ": “" + (words.length() > 60 ? words.substring(0, 60) + "…" : words) + "”";
    }

    @Override
    protected List<PublicPage> publicPages(Statement s) {
        return PublicPage.ofJurisdiction(jurisdictions, s.getJurisdictionId());
    }
}
