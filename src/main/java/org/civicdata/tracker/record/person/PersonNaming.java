package org.civicdata.tracker.record.person;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a person: name and office. */
@Singleton
class PersonNaming extends RecordNaming.Of<Person> {

    PersonNaming() {
        super(RecordType.PERSON, Person.class);
    }

    @Override
    public String nameOf(Person r) {
        return r.getName() + (r.getOffice() == null ? "" : ", " + r.getOffice());
    }
}
