package org.civicdata.tracker.core.common;

/** Drafts are seen by staff only; published records appear on the public site and API. */
public enum PublicationState implements Coded {
    DRAFT("Draft", "Seen by staff only."),
    PUBLISHED("Published", "Reviewed, and shown on the public site and in the open data.");

    private final String label;
    private final String meaning;

    PublicationState(String label, String meaning) {
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
