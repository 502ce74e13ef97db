package org.civicdata.tracker.record.person;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a person: name and office. */
@Singleton
class PersonNaming extends RecordNaming.Of<Person> {

    PersonNaming() {
        super(RecordType.PERSON, Person.class, r -> r.getName() + (r.getOffice() == null ? "" : ", " + r.getOffice()));
    }
}
