package org.civicdata.tracker.statement;

/** Where a statement was made. */
public enum Venue {
    INTERVIEW, PRESS_BRIEFING, WRITTEN_STATEMENT, VIDEO, SPEECH, MEETING, MEMO, DOCUMENT, OTHER
}
