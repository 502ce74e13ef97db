package org.civicdata.tracker.jurisdiction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.StaffLayout;
import org.civicdata.tracker.statement.Statement;
import org.civicdata.tracker.statement.StatementService;
import org.civicdata.tracker.statement.ui.StatementEditorView;

/** One jurisdiction at {@code /admin/jurisdictions/{id}} ({@code new} to create). */
@Route(value = "jurisdictions/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class JurisdictionEditorView extends RecordEditorView<Jurisdiction> {

    private final transient JurisdictionService service;
    private final TextField name = new TextField("Name");
    private final TextField slug = new TextField("Slug");
    private final Select<JurisdictionKind> kind = new Select<>();
    private final TextField stateCode = new TextField("State");
    private final TextField fips = new TextField("FIPS / GEOID");
    private final BigDecimalField latitude = new BigDecimalField("Latitude");
    private final BigDecimalField longitude = new BigDecimalField("Longitude");
    private final ComboBox<Jurisdiction> parent = new ComboBox<>("Parent jurisdiction");

    private final transient StatementService statements;
    private final Grid<Statement> statementGrid = new Grid<>();

    public JurisdictionEditorView(JurisdictionService service, StatementService statements, SourceService sources,
                                  RecordHistory history) {
        super("jurisdiction", service, sources, history);
        this.service = service;
        this.statements = statements;
        statementGrid.setId("attached-statements");
        statementGrid.addColumn(s -> statements.speaker(s.getPersonId()).map(p -> p.getName()).orElse("?"))
                .setHeader("Speaker").setAutoWidth(true).setFlexGrow(0);
        statementGrid.addColumn(Statement::getText).setHeader("Quote or paraphrase");
        statementGrid.addColumn(s -> s.getPublicationState().name()).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        statementGrid.setAllRowsVisible(true);
        statementGrid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StatementEditorView.class,
                new RouteParameters("id", String.valueOf(e.getItem().getId())))));
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        slug.setId("slug");
        slug.setHelperText("Lowercase name then state code: chicago-il");
        slug.setRequiredIndicatorVisible(true);
        kind.setId("kind");
        kind.setLabel("Kind");
        kind.setItems(JurisdictionKind.values());
        stateCode.setId("state");
        stateCode.setMaxLength(2);
        fips.setId("fips");
        latitude.setId("latitude");
        longitude.setId("longitude");
        parent.setId("parent");
        parent.setItemLabelGenerator(j -> j.getName() + " (" + j.getSlug() + ")");
        parent.setItems(query -> service.searchParents(query.getFilter().orElse(""), query.getPage(),
                query.getPageSize()).stream());
        addField("name", name);
        addField("slug", slug);
        addField("kind", kind);
        addField("stateCode", stateCode);
        addField("fips", fips);
        addField("parent", parent);
        addField("latitude", latitude);
        addField("longitude", longitude);
        addSourcesAndNotes();
    }

    @Override
    protected Jurisdiction blank() {
        Jurisdiction blank = new Jurisdiction();
        blank.setKind(JurisdictionKind.CITY);
        blank.setStateCode("");
        return blank;
    }

    @Override
    protected void fill(Jurisdiction j) {
        name.setValue(nz(j.getName()));
        slug.setValue(nz(j.getSlug()));
        kind.setValue(j.getKind());
        stateCode.setValue(nz(j.getStateCode()));
        fips.setValue(nz(j.getFips()));
        latitude.setValue(j.getLatitude());
        longitude.setValue(j.getLongitude());
        parent.setValue(j.getParentId() == null ? null : service.find(j.getParentId()).orElse(null));
    }

    @Override
    protected void readInto(Jurisdiction j) {
        j.setName(name.getValue().trim());
        j.setSlug(slug.getValue().trim());
        j.setKind(kind.getValue());
        j.setStateCode(stateCode.getValue());
        j.setFips(fips.getValue().isBlank() ? null : fips.getValue().trim());
        j.setLatitude(latitude.getValue());
        j.setLongitude(longitude.getValue());
        j.setParentId(parent.getValue() == null ? null : parent.getValue().getId());
    }

    @Override
    protected void afterShow(Jurisdiction j) {
        if (j.getId() == null) {
            showAttached();
            return;
        }
        List<Statement> attached = statements.ofJurisdiction(j.getId());
        statementGrid.setItems(attached);
        showAttached(new H2("Statements (" + attached.size() + ")"), statementGrid);
    }

    @Override
    protected String titleOf(Jurisdiction j) {
        return j.getName();
    }

    @Override
    protected Class<? extends Component> listView() {
        return JurisdictionListView.class;
    }
}
