package org.civicdata.tracker.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.person.Person;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.EditorRoutes;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.StaffLayout;
import org.civicdata.tracker.statement.Statement;
import org.civicdata.tracker.statement.StatementKind;
import org.civicdata.tracker.statement.StatementService;
import org.civicdata.tracker.statement.Venue;

/** One statement at /admin/statements/{id} ({@code new} to create). Quotes are entered verbatim. */
@Route(value = "statements/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class StatementEditorView extends RecordEditorView<Statement> {

    /** The jurisdiction a new record is for, from the URL. */
    private Long forJurisdiction;

    private final transient StatementService service;
    private final transient JurisdictionService jurisdictions;
    private final ComboBox<Person> speaker = new ComboBox<>("Speaker");
    private final ComboBox<Jurisdiction> jurisdiction = new ComboBox<>("Jurisdiction (the one the speaker speaks for)");
    private final Select<StatementKind> kind = new Select<>();
    private final TextArea text = new TextArea("Quote or paraphrase");
    private final PartialDateField saidOn = new PartialDateField("Said on", "saidOn");
    private final Checkbox saidOnInferred = new Checkbox("Date inferred (not stated by the source)");
    private final Select<Venue> venue = new Select<>();
    private final TextField venueDetail = new TextField("Where, in detail");
    private final TextField reportedBy = new TextField("Reported by");

    public StatementEditorView(StatementService service, JurisdictionService jurisdictions, SourceService sources,
                               RecordHistory history) {
        super("statement", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        speaker.setId("speaker");
        speaker.setRequiredIndicatorVisible(true);
        speaker.setItemLabelGenerator(p -> p.getName() + (p.getOffice() == null ? "" : " — " + p.getOffice()));
        speaker.setItems(q -> service.searchSpeakers(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        jurisdiction.setId("jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> j.getName() + " (" + j.getSlug() + ")");
        jurisdiction.setItems(q -> jurisdictions.searchParents(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        kind.setId("kind");
        kind.setLabel("Kind");
        kind.setItems(StatementKind.values());
        kind.setItemLabelGenerator(org.civicdata.tracker.common.Coded::labelOf);
        text.setId("text");
        text.setRequiredIndicatorVisible(true);
        text.setHelperText("A quote is copied character for character from the source; a paraphrase is marked as such (Kind).");
        saidOn.setId("said-on");
        saidOnInferred.setId("said-on-inferred");
        venue.setId("venue");
        venue.setLabel("Venue");
        venue.setEmptySelectionAllowed(true);
        venue.setItems(Venue.values());
        venue.setItemLabelGenerator(org.civicdata.tracker.common.Coded::labelOf);
        venueDetail.setId("venue-detail");
        reportedBy.setId("reported-by");
        addField("speaker", speaker);
        addField("jurisdiction", jurisdiction);
        addField("kind", kind);
        addField("saidOn", saidOn);
        addField("text", text);
        addField("saidOnInferred", saidOnInferred);
        addField("venue", venue);
        addField("venueDetail", venueDetail);
        addField("reportedBy", reportedBy);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        super.beforeEnter(event);
    }

    @Override
    protected Statement blank() {
        Statement blank = new Statement();
        blank.setKind(StatementKind.QUOTE);
        blank.setJurisdictionId(forJurisdiction);
        return blank;
    }

    @Override
    protected void fill(Statement s) {
        speaker.setValue(s.getPersonId() == null ? null : service.speaker(s.getPersonId()).orElse(null));
        jurisdiction.setValue(s.getJurisdictionId() == null ? null : jurisdictions.find(s.getJurisdictionId()).orElse(null));
        kind.setValue(s.getKind());
        text.setValue(nz(s.getText()));
        saidOn.setDate(s.getSaidOn(), s.getSaidPrecision());
        saidOnInferred.setValue(s.isSaidOnInferred());
        venue.setValue(s.getVenue());
        venueDetail.setValue(nz(s.getVenueDetail()));
        reportedBy.setValue(nz(s.getReportedBy()));
    }

    @Override
    protected void readInto(Statement s) {
        PartialDate said = saidOn.date();
        s.setPersonId(speaker.getValue() == null ? null : speaker.getValue().getId());
        s.setJurisdictionId(jurisdiction.getValue() == null ? null : jurisdiction.getValue().getId());
        s.setKind(kind.getValue());
        // A quote is kept exactly as typed or pasted: no trimming of its characters.
        s.setText(text.getValue());
        s.setSaidOn(said == null ? null : said.start());
        s.setSaidPrecision(said == null ? null : said.precision());
        s.setSaidOnInferred(saidOnInferred.getValue());
        s.setVenue(venue.getValue());
        s.setVenueDetail(venueDetail.getValue().isBlank() ? null : venueDetail.getValue().trim());
        s.setReportedBy(reportedBy.getValue().isBlank() ? null : reportedBy.getValue().trim());
    }

    @Override
    protected String titleOf(Statement s) {
        String speakerName = s.getPersonId() == null ? "Statement"
                : service.speaker(s.getPersonId()).map(Person::getName).orElse("Statement");
        String words = s.getText() == null ? "" : s.getText();
        return speakerName + ": “" + (words.length() > 60 ? words.substring(0, 60) + "…" : words) + "”";
    }

    @Override
    protected Class<? extends Component> listView() {
        return StatementListView.class;
    }

    @Override
    protected List<PublicPage> publicPages(Statement s) {
        return s.getJurisdictionId() == null ? List.of() : jurisdictions.find(s.getJurisdictionId())
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).stream().toList();
    }
}
