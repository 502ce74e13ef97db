package org.civicdata.tracker.record.jurisdiction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.edge.staff.AttachedList;
import org.civicdata.tracker.edge.staff.EditorRoutes;
import org.civicdata.tracker.edge.staff.GridQueries;
import org.civicdata.tracker.edge.staff.PublicPage;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.RecordPicker;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationService;
import org.civicdata.tracker.record.designation.ui.DesignationEditorView;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.ui.DojLetterEditorView;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventService;
import org.civicdata.tracker.record.event.ui.EventEditorView;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.funding.ui.CourtCaseEditorView;
import org.civicdata.tracker.record.funding.ui.FundingThreatEditorView;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.ui.PolicyPositionEditorView;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementService;
import org.civicdata.tracker.record.statement.ui.StatementEditorView;

/** One jurisdiction at {@code /admin/jurisdictions/{id}} ({@code new} to create). */
@Route(value = "jurisdictions/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class JurisdictionEditorView extends RecordEditorView<Jurisdiction> {

    private final transient JurisdictionService service;
    private final TextField name;
    private final TextField slug;
    private final TextField stateCode;
    /** The slug suggested from the name and state, used when the slug is left empty. */
    private String suggestedSlug = "";

    /** Everything attached to a jurisdiction, drafts included, each shown in its own section. */
    private final transient Attached attached;

    private final AttachedList<PolicyPosition> positionList =
            new AttachedList<>("attached-positions", PolicyPositionEditorView.class);
    private final AttachedList<Designation> designationList =
            new AttachedList<>("attached-designations", DesignationEditorView.class);
    private final AttachedList<DojLetter> letterList =
            new AttachedList<>("attached-letters", DojLetterEditorView.class);
    private final AttachedList<FundingThreat> threatList =
            new AttachedList<>("attached-threats", FundingThreatEditorView.class);
    private final AttachedList<CourtCase> courtCaseList =
            new AttachedList<>("attached-court-cases", CourtCaseEditorView.class);
    private final AttachedList<Statement> statementList =
            new AttachedList<>("attached-statements", StatementEditorView.class);
    private final AttachedList<Event> eventList = new AttachedList<>("attached-events", EventEditorView.class);

    /** The services of the record types that attach to a jurisdiction. */
    @Singleton
    public record Attached(
            PolicyPositionService positions,
            DesignationService designations,
            DojLetterService letters,
            FundingThreatService threats,
            StatementService statements,
            EventService events) {}

    public JurisdictionEditorView(JurisdictionService service, Attached attached, Services services) {
        super("jurisdiction", Jurisdiction::new, service, services);
        this.service = service;
        this.attached = attached;
        positionList
                .column("Variable", p -> p.getVariable().label())
                .column("Value", p -> p.getValue().label())
                .column("Valid from", p -> GridQueries.dateText(p.getValidFromOn(), p.getValidFromPrecision()))
                .column("Valid to", p -> GridQueries.dateText(p.getValidToOn(), p.getValidToPrecision()))
                .withState();
        designationList
                .wideColumn("Label", Designation::getLabel)
                .column("Designator", d -> d.getDesignator().label())
                .column("Designated", d -> GridQueries.dateText(d.getDesignatedOn(), d.getDesignatedPrecision()))
                .withState();
        letterList
                .column("Sent", l -> GridQueries.dateText(l.getSentOn(), l.getSentPrecision()))
                .wideColumn("Sender", l -> l.getSender() == null ? "" : l.getSender())
                .column("Status", l -> l.getStatus().label())
                .withState();
        threatList
                .wideColumn("Issued by", FundingThreat::getIssuingAuthority)
                .column("Instrument", t -> t.getInstrument().label())
                .column("Announced", t -> GridQueries.dateText(t.getAnnouncedOn(), t.getAnnouncedPrecision()))
                .column("Status", t -> t.getStatus().label())
                .withState();
        courtCaseList
                .wideColumn(
                        "Case",
                        c -> c.getName() != null
                                ? c.getName()
                                : c.getJudge() != null ? "(unnamed) ruling by " + c.getJudge() : "(unnamed)")
                .column("Ruling", c -> GridQueries.dateText(c.getRulingOn(), c.getRulingPrecision()))
                .column("Outcome", c -> c.getOutcome() == null ? "" : c.getOutcome())
                .withState();
        statementList
                .column(
                        "Speaker",
                        s -> attached.statements()
                                .speaker(s.getPersonId())
                                .map(p -> p.getName())
                                .orElse("?"))
                .wideColumn("Quote or paraphrase", Statement::getText)
                .column("Said", s -> GridQueries.dateText(s.getSaidOn(), s.getSaidPrecision()))
                .withState();
        eventList
                .wideColumn("Title", Event::getTitle)
                .column("Kind", e -> e.getKind().label())
                .column("Occurred", e -> GridQueries.dateText(e.getOccurredOn(), e.getOccurredPrecision()))
                .withState();
        name = form().requiredText("name", "name", "Name");
        slug = form().text("slug", "slug", "Slug");
        slug.setHelperText("Lowercase name then state code: chicago-il");
        slug.setRequiredIndicatorVisible(true);
        form().bind("slug", slug)
                .bind(Jurisdiction::getSlug, (j, text) -> j.setSlug(text.isBlank() ? suggestedSlug : text.trim()));
        form().coded("kind", "Kind", JurisdictionKind.class, JurisdictionKind.CITY);
        stateCode = form().field("stateCode", "state", form().text("stateCode", "state", "State"), String.class);
        form().optionalText("fips", "fips", "FIPS / GEOID");
        form().picked("parent", RecordPicker.jurisdictions("parent", "Parent jurisdiction", service), "parentId");
        form().field("latitude", "latitude", new BigDecimalField("Latitude"), BigDecimal.class);
        form().field("longitude", "longitude", new BigDecimalField("Longitude"), BigDecimal.class);
        form().field("population", "population", new IntegerField("Population"), Integer.class)
                .setHelperText("As counted or estimated by this record's sources; empty when none gives it");
        form().field("populationYear", "populationYear", new IntegerField("Population year"), Integer.class);
        // A new jurisdiction's slug is suggested from its name and state, shown in the empty slug
        // field and used if it stays empty. It is never written into the field: a value set by the
        // server while someone types there would replace their keystrokes. A stored jurisdiction's
        // slug is its address and is not suggested again.
        name.addValueChangeListener(e -> suggestSlug());
        stateCode.addValueChangeListener(e -> suggestSlug());
        addSourcesAndNotes();
    }

    private void suggestSlug() {
        boolean isNew = current() == null || current().getId() == null;
        suggestedSlug = isNew ? JurisdictionService.suggestSlug(name.getValue(), stateCode.getValue()) : "";
        slug.setPlaceholder(suggestedSlug);
        slug.setHelperText(
                suggestedSlug.isEmpty()
                        ? "Lowercase name then state code: chicago-il"
                        : "Left empty, it will be " + suggestedSlug);
    }

    @Override
    protected void afterShow(Jurisdiction j) {
        suggestSlug();
        if (j.getId() == null) {
            showAttached();
            return;
        }
        long id = j.getId();
        HorizontalLayout add = new HorizontalLayout(
                addFor("add-position", "Add a position", PolicyPositionEditorView.class, id),
                addFor("add-designation", "Add a designation", DesignationEditorView.class, id),
                addFor("add-letter", "Add a letter", DojLetterEditorView.class, id),
                addFor("add-threat", "Add a threat", FundingThreatEditorView.class, id),
                addFor("add-statement", "Add a statement", StatementEditorView.class, id),
                addFor("add-event", "Add an event", EventEditorView.class, id));
        add.setWrap(true);
        List<FundingThreat> threats = attached.threats().ofJurisdiction(id);
        List<Component> sections = new ArrayList<>();
        sections.add(add);
        section(sections, "Policy positions", positionList, attached.positions().ofJurisdiction(id));
        section(
                sections,
                "Designations",
                designationList,
                attached.designations().ofJurisdiction(id));
        section(sections, "DOJ letters", letterList, attached.letters().ofJurisdiction(id));
        section(sections, "Funding threats", threatList, threats);
        section(
                sections,
                "Court cases on these threats",
                courtCaseList,
                attached.threats()
                        .courtCasesOf(threats.stream().map(FundingThreat::getId).toList()));
        section(
                sections,
                "Statements (by speakers who speak for it)",
                statementList,
                attached.statements().ofJurisdiction(id));
        section(sections, "Events", eventList, attached.events().ofJurisdiction(id));
        showAttached(sections.toArray(Component[]::new));
    }

    /** A button that opens a new record's editor with this jurisdiction already chosen. */
    private static Button addFor(String id, String text, Class<? extends Component> editor, long jurisdictionId) {
        Button button = new Button(
                text,
                e -> e.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(
                                editor,
                                new RouteParameters("id", RecordEditorView.NEW),
                                EditorRoutes.forJurisdiction(jurisdictionId))));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** A heading with the count, then the rows (a line saying there are none, when there are none). */
    private static <T extends org.civicdata.tracker.core.common.PublishableRecord> void section(
            List<Component> sections, String title, AttachedList<T> list, List<T> rows) {
        list.setItems(rows);
        list.setVisible(!rows.isEmpty());
        sections.add(new H3(title + " (" + rows.size() + ")"));
        sections.add(list);
    }

    @Override
    protected String titleOf(Jurisdiction j) {
        return j.getName();
    }

    @Override
    protected List<PublicPage> publicPages(Jurisdiction j) {
        return List.of(PublicPage.own(j.getSlug()));
    }
}
