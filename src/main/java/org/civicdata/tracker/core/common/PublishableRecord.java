package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;

/**
 * A record of the tracker's data: drafts are seen by staff only, published ones by everyone. Carries
 * the seed key for records that came from seeds/ and free notes.
 */
public abstract class PublishableRecord extends TrackedRecord {

    @Nullable
    private String seedKey;

    private PublicationState publicationState = PublicationState.DRAFT;

    @Nullable
    private String notes;

    public @Nullable String getSeedKey() {
        return seedKey;
    }

    public void setSeedKey(@Nullable String seedKey) {
        this.seedKey = seedKey;
    }

    public PublicationState getPublicationState() {
        return publicationState;
    }

    public void setPublicationState(PublicationState publicationState) {
        this.publicationState = publicationState;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }
}
