package org.civicdata.tracker.infra.db;

import java.nio.file.Path;
import java.util.Properties;

/** The database was initialised before (its marker file says so) but is empty now: the app does not start. */
public final class DatabaseLostException extends IllegalStateException {

    private DatabaseLostException(String message) {
        super(message);
    }

    static DatabaseLostException of(String where, Path marker, Properties remembered) {
        return new DatabaseLostException("The database in " + where + " was initialised on "
                + remembered.getProperty("initialised_at", "an earlier start") + " (database "
                + remembered.getProperty("id") + ", recorded in " + marker + "), but it is empty now: its files were "
                + "lost or replaced. The app does not start, so that nothing is seeded or written over the loss. "
                + "To recover, restore a backup of the database there and start again. To start afresh with an empty "
                + "database (and the bundled seeds), delete " + marker + " and start again.");
    }
}
