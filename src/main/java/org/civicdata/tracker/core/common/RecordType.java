package org.civicdata.tracker.core.common;

/** Every kind of record that is audited and can be cited; stored as text in citation and audit rows. */
public enum RecordType implements Coded {
    SOURCE("Source", "A news report, document or web page that records cite."),
    PERSON("Person", "A person or body who makes statements."),
    JURISDICTION("Jurisdiction", "A state, county, city or territory."),
    STATEMENT("Statement", "Something a person said, as a quote or a paraphrase."),
    DESIGNATION("Designation", "A label someone applied to a jurisdiction."),
    POLICY_POSITION("Policy position", "A jurisdiction's value of a policy variable over a period."),
    DOJ_LETTER("DOJ letter", "A Department of Justice letter about a jurisdiction's compliance."),
    FUNDING_THREAT("Funding threat", "A threat to withhold federal funds."),
    COURT_CASE("Court case", "A court's ruling on a funding threat."),
    EVENT("Event", "A dated happening, with figures."),
    ACCOUNT("Staff account", "A staff member's sign-in and role."),
    RELEASE("Data release", "A dated, immutable copy of the published open data, with its checksums.");

    private final String label;
    private final String meaning;

    RecordType(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
