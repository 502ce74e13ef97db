package org.civicdata.tracker.record.person;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A person's or body's own fields (a statement's speaker). Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class PersonFields {

    private PersonFields() {}

    public static final List<RecordField<Person>> ALL = List.of(
            RecordField.<Person>text("name", "Name", "The person's or body's name.", Person::getName, Person::setName),
            RecordField.<Person>text(
                    "role", "Role", "Their role or title, as the source gives it.", Person::getRole, Person::setRole),
            RecordField.<Person>text("office", "Office", "The office they hold.", Person::getOffice, Person::setOffice),
            RecordField.<Person>text(
                    "affiliation",
                    "Affiliation",
                    "The party, agency or group they belong to.",
                    Person::getAffiliation,
                    Person::setAffiliation),
            RecordField.<Person>flag(
                    "organization",
                    "Organization",
                    "True for a body (an office, an agency, a group) rather than a person.",
                    Person::isOrganization,
                    Person::setOrganization));
}
