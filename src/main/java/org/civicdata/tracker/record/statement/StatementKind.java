package org.civicdata.tracker.record.statement;

import org.civicdata.tracker.core.common.Coded;

/** A verbatim quote, or a paraphrase as the source words it. */
public enum StatementKind implements Coded {
    QUOTE("Quote", "The words verbatim, as the source prints them."),
    PARAPHRASE("Paraphrase", "The source's summary of what was said.");

    private final String label;
    private final String meaning;

    StatementKind(String label, String meaning) {
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
