package org.civicdata.tracker.record.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicdata.tracker.core.common.Paging;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonService;

/** Staff work on statements: searched by quote or speaker in SQL; validated, audited edits. */
@Singleton
public class StatementService extends FilteredRecordsOfType<Statement, StatementFilter> {

    public static final Set<String> SORTABLE = Set.of("saidOn", "kind", "publicationState", "updatedAt");

    private final StatementRepository repository;
    private final PersonService people;

    StatementService(StatementRepository repository, PersonService people, RecordEditService editor) {
        super(
                RecordType.STATEMENT,
                repository,
                editor,
                SORTABLE,
                Paging.LATEST_CHANGE,
                text -> idsFound(people::search, text));
        this.repository = repository;
        this.people = people;
    }

    /** Every statement attached to a jurisdiction, drafts included (the staff view of it). */
    public List<Statement> ofJurisdiction(long jurisdictionId) {
        return repository.findByJurisdictionId(jurisdictionId, Sort.of(Sort.Order.asc("saidOn")));
    }

    /** Speakers for a picker or a search: name contains the text. */
    public List<Person> searchSpeakers(@Nullable String text, int page, int size) {
        return people.search(text, page, size);
    }

    public Optional<Person> speaker(long personId) {
        return people.find(personId);
    }

    /** Every problem with a statement's input ({@link StatementRules}), for the form and the CSV import alike. */
    @Override
    public List<org.civicdata.tracker.core.common.FieldProblem> problems(Statement statement) {
        return StatementRules.check(statement, today());
    }
}
