package org.civicdata.tracker.record.person.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonService;
import org.civicdata.tracker.record.source.SourceService;

/** One person (or body) at /admin/people/{id}. */
@Route(value = "people/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class PersonEditorView extends RecordEditorView<Person> {

    private final TextField name = form().text("name", "name", "Name");
    private final TextField role = form().text("role", "role", "Role");
    private final TextField office = form().text("office", "office", "Office");
    private final TextField affiliation = form().text("affiliation", "affiliation", "Affiliation");
    private final Checkbox organization = new Checkbox("A body (an agency, a government), not a person");

    public PersonEditorView(PersonService people, SourceService sources, RecordHistory history) {
        super("person", people, sources, history);
        name.setRequiredIndicatorVisible(true);
        organization.setId("organization");
        form().requiredText("name", name, Person::getName, Person::setName);
        form().optionalText("role", role, Person::getRole, Person::setRole);
        form().optionalText("office", office, Person::getOffice, Person::setOffice);
        form().optionalText("affiliation", affiliation, Person::getAffiliation, Person::setAffiliation);
        form().bind("organization", organization).bind(Person::isOrganization, Person::setOrganization);
        addSourcesAndNotes();
    }

    @Override
    protected Person blank() {
        return new Person();
    }

    @Override
    protected String titleOf(Person p) {
        return p.getName();
    }

    /** People have no page of their own: their published statements are on their jurisdiction's page. */
    @Override
    protected String noPublicPage() {
        return "A person has no public page of their own: their published statements are shown on the page of the"
                + " jurisdiction they speak for.";
    }
}
