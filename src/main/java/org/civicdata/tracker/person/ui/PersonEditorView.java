package org.civicdata.tracker.person.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.person.Person;
import org.civicdata.tracker.person.PersonService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.StaffLayout;

/** One person (or body) at /admin/people/{id}. */
@Route(value = "people/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class PersonEditorView extends RecordEditorView<Person> {

    private final TextField name = new TextField("Name");
    private final TextField role = new TextField("Role");
    private final TextField office = new TextField("Office");
    private final TextField affiliation = new TextField("Affiliation");
    private final Checkbox organization = new Checkbox("A body (an agency, a government), not a person");

    public PersonEditorView(PersonService people, SourceService sources, RecordHistory history) {
        super("person", people, sources, history);
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        role.setId("role");
        office.setId("office");
        affiliation.setId("affiliation");
        organization.setId("organization");
        addField("name", name);
        addField("role", role);
        addField("office", office);
        addField("affiliation", affiliation);
        addField("organization", organization);
        addSourcesAndNotes();
    }

    @Override
    protected Person blank() {
        return new Person();
    }

    @Override
    protected void fill(Person p) {
        name.setValue(nz(p.getName()));
        role.setValue(nz(p.getRole()));
        office.setValue(nz(p.getOffice()));
        affiliation.setValue(nz(p.getAffiliation()));
        organization.setValue(p.isOrganization());
    }

    @Override
    protected void readInto(Person p) {
        p.setName(name.getValue().trim());
        p.setRole(role.getValue().isBlank() ? null : role.getValue().trim());
        p.setOffice(office.getValue().isBlank() ? null : office.getValue().trim());
        p.setAffiliation(affiliation.getValue().isBlank() ? null : affiliation.getValue().trim());
        p.setOrganization(organization.getValue());
    }

    @Override
    protected String titleOf(Person p) {
        return p.getName();
    }

    @Override
    protected Class<? extends Component> listView() {
        return PersonListView.class;
    }

    /** People have no page of their own: their published statements are on their jurisdiction's page. */
    @Override
    protected String noPublicPage() {
        return "A person has no public page of their own: their published statements are shown on the page of the"
                + " jurisdiction they speak for.";
    }
}
