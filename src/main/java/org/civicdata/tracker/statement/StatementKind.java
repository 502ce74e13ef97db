package org.civicdata.tracker.statement;

/** A verbatim quote, or a paraphrase as the source words it. */
public enum StatementKind {
    QUOTE, PARAPHRASE
}
