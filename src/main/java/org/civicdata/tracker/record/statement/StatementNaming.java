package org.civicdata.tracker.record.statement;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;

/** How people name a statement: the speaker and the start of the quote. */
@Singleton
class StatementNaming implements RecordNaming<Statement> {

    private final PersonRepository people;

    StatementNaming(PersonRepository people) {
        this.people = people;
    }

    @Override
    public RecordType recordType() {
        return RecordType.STATEMENT;
    }

    @Override
    public Class<Statement> recordClass() {
        return Statement.class;
    }

    @Override
    public String nameOf(Statement s) {
        String speaker = s.getPersonId() == null
                ? ""
                : people.findById(s.getPersonId()).map(Person::getName).orElse("?") + ": ";
        return speaker + "“" + RecordNaming.excerpt(s.getText(), 80) + "”";
    }

    @Override
    public Map<String, RecordType> references() {
        return Map.of("personId", RecordType.PERSON, "jurisdictionId", RecordType.JURISDICTION);
    }
}
