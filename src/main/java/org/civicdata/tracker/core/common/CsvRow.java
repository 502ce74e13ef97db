package org.civicdata.tracker.core.common;

/** A data row of a CSV import as read: its line (the header is line 1) and what committing it will do. */
public interface CsvRow {

    long line();

    CsvRowOutcome outcome();
}
