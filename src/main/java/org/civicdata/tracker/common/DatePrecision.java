package org.civicdata.tracker.common;

/** How much of a date a source gives: the whole day, only the month, or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
