package org.civicdata.tracker.record.person.ui;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonService;

/** One person (or body) at /admin/people/{id}. */
@Route(value = "people/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class PersonEditorView extends RecordEditorView<Person> {

    public PersonEditorView(PersonService people, Services services) {
        super("person", Person::new, people, services);
        form().requiredText("name", "name", "Name");
        form().optionalText("role", "role", "Role");
        form().optionalText("office", "office", "Office");
        form().optionalText("affiliation", "affiliation", "Affiliation");
        form().checkbox("organization", "organization", "A body (an agency, a government), not a person");
        addSourcesAndNotes();
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
