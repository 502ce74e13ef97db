package org.civicdata.tracker.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.RecordsOfType;
import org.civicdata.tracker.editing.RecordEditor;

/** People (and bodies) who make statements: staff create, edit and delete (refused while quoted: RecordEditor). */
@Singleton
public class PersonService extends RecordsOfType<Person> {

    private final PersonRepository repository;

    PersonService(PersonRepository repository, RecordEditor editor) {
        super(RecordType.PERSON, repository, editor);
        this.repository = repository;
    }


    public List<Person> search(@Nullable String text, int page, int size) {
        return repository.findByNameContains(text == null ? "" : text.trim(),
                Pageable.from(page, size, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"))));
    }

    public long count(@Nullable String text) {
        return repository.countByNameContains(text == null ? "" : text.trim());
    }

    @Override
    @Transactional
    public Person save(StaffPrincipal who, Person person, Collection<Long> sourceIds) {
        org.civicdata.tracker.common.FieldProblems.throwFirst(PersonRules.check(person));
        return editor().save(who, RecordType.PERSON, person, sourceIds);
    }

}
