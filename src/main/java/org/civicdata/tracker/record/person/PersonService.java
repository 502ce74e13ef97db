package org.civicdata.tracker.record.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;

/** People (and bodies) who make statements: staff create, edit and delete (refused while quoted: RecordEditService). */
@Singleton
public class PersonService extends FilteredRecordsOfType<Person, PersonFilter> {

    /** What the staff list sorts by (the Kind column by {@code organization}: people before bodies). */
    public static final Set<String> SORTABLE =
            Set.of("name", "office", "organization", "publicationState", "updatedAt");

    PersonService(PersonRepository repository, RecordEditService editor) {
        super(RecordType.PERSON, repository, editor, SORTABLE, Sort.of(Sort.Order.asc("name")), text -> List.of());
    }

    /** By name, a page at a time (the pickers). */
    public List<Person> search(@Nullable String text, int page, int size) {
        return page(new PersonFilter(text), page, size, List.of());
    }

    @Override
    public List<FieldProblem> problems(Person person) {
        return PersonRules.check(person);
    }
}
