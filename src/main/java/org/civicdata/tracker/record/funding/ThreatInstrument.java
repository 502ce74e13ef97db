package org.civicdata.tracker.record.funding;

import org.civicdata.tracker.core.common.Coded;

/** The instrument by which federal funding is threatened. */
public enum ThreatInstrument implements Coded {
    EXECUTIVE_ORDER("Executive order", "A presidential executive order."),
    DOJ_LETTER("DOJ letter", "A Department of Justice letter."),
    STATEMENT("Statement", "A public statement by an official."),
    LEGISLATION("Legislation", "A bill or law."),
    MEMO("Memo", "An agency memo or guidance."),
    OTHER("Other", "Another instrument; the description says which.");

    private final String label;
    private final String meaning;

    ThreatInstrument(String label, String meaning) {
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
