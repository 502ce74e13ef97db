package org.civicdata.tracker.designation;

/** Who applies a label to a jurisdiction. */
public enum Designator {
    SELF_DECLARED, DOJ_LETTER_2018, DOJ_LIST, DHS_LIST, ADVOCACY_GROUP, NEWS_MEDIA, OTHER
}
