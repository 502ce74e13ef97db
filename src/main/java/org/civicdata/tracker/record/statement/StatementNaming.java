package org.civicdata.tracker.record.statement;

import jakarta.inject.Singleton;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;

/** How people name a statement: the speaker and the start of the quote. */
@Singleton
class StatementNaming extends RecordNaming.Of<Statement> {

    StatementNaming(PersonRepository people) {
        super(
                RecordType.STATEMENT,
                Statement.class,
                Map.of("personId", RecordType.PERSON, "jurisdictionId", RecordType.JURISDICTION),
                s -> {
                    String speaker = s.getPersonId() == null
                            ? ""
                            : people.findById(s.getPersonId())
                                            .map(Person::getName)
                                            .orElse("?") + ": ";
                    return speaker + "“" + RecordNaming.excerpt(s.getText(), 80) + "”";
                });
    }
}
