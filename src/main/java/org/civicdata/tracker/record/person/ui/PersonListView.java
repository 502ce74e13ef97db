package org.civicdata.tracker.record.person.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.GridQueries;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonFilter;
import org.civicdata.tracker.record.person.PersonService;

/** All people and bodies at /admin/people, searched by name, sorted (in SQL) by the column clicked. */
@Route(value = "people", layout = StaffLayout.class)
@Menu(title = "People", order = 50)
@PermitAll
@Prototype
public class PersonListView extends FilteredListView<Person> {

    public PersonListView(PersonService people) {
        super("Search name", "New person", PersonEditorView.class, people, c -> new PersonFilter(c.text()));
        textColumn("Name", Person::getName, "name").setFlexGrow(2);
        textColumn("Office", Person::getOffice, "office").setFlexGrow(2);
        textColumn("Kind", p -> p.isOrganization() ? "body" : "person", "organization");
        publicationColumn();
        textColumn("Updated", r -> GridQueries.minutes(r.getUpdatedAt()), "updatedAt");
    }
}
