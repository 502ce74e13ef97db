package org.civicdata.tracker.common;

/** Drafts are seen by staff only; published records appear on the public site and API. */
public enum PublicationState {
    DRAFT, PUBLISHED
}
