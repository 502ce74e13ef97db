package org.civicdata.tracker.record.statement.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.RecordPicker;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.person.Person;
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

    public StatementEditorView(StatementService service, JurisdictionService jurisdictions, Services services) {
        super("statement", Statement::new, service, services);
        this.service = service;
        RecordPicker<Person> speaker = new RecordPicker<>(
                "speaker",
                "Speaker",
                p -> p.getName() + (p.getOffice() == null ? "" : " — " + p.getOffice()),
                service::searchSpeakers,
                service::speaker);
        form().picked("speaker", speaker, "personId").setRequiredIndicatorVisible(true);
        form().jurisdiction("Jurisdiction (the one the speaker speaks for)", jurisdictions);
        form().coded("kind", "Kind", StatementKind.class, StatementKind.QUOTE);
        form().date("saidOn", "said-on", "Said on", "said");
        // A quote is kept exactly as typed or pasted: no trimming of its characters.
        TextArea text = form().field("text", "text", new TextArea("Quote or paraphrase"), String.class);
        text.setRequiredIndicatorVisible(true);
        text.setHelperText(
                "A quote is copied character for character from the source; a paraphrase is marked as such (Kind).");
        form().checkbox("saidOnInferred", "said-on-inferred", "Date inferred (not stated by the source)");
        form().coded("venue", "Venue", Venue.class).setEmptySelectionAllowed(true);
        form().optionalText("venueDetail", "venue-detail", "Where, in detail");
        form().optionalText("reportedBy", "reported-by", "Reported by");
        addSourcesAndNotes();
    }

    @Override
    protected String titleOf(Statement s) {
        String speakerName = s.getPersonId() == null
                ? "Statement"
                : service.speaker(s.getPersonId()).map(Person::getName).orElse("Statement");
        String words = s.getText() == null ? "" : s.getText();
        return speakerName + ": “" + (words.length() > 60 ? words.substring(0, 60) + "…" : words) + "”";
    }
}
