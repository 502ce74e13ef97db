package org.civicdata.tracker.record.statement;

import org.civicdata.tracker.core.common.Coded;

/** Where a statement was made. */
public enum Venue implements Coded {
    INTERVIEW("Interview", "In an interview with a reporter."),
    PRESS_BRIEFING("Press briefing", "At a press briefing or news conference."),
    WRITTEN_STATEMENT("Written statement", "In a written statement or press release."),
    VIDEO("Video", "In a video or broadcast."),
    SPEECH("Speech", "In a speech."),
    MEETING("Meeting", "At a public meeting (a council or board session, a hearing)."),
    MEMO("Memo", "In a memo."),
    DOCUMENT("Document", "In another document (a letter, a filing, a report)."),
    OTHER("Other", "Somewhere else; the detail says where.");

    private final String label;
    private final String meaning;

    Venue(String label, String meaning) {
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
