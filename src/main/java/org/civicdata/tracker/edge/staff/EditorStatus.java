package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.civicdata.tracker.infra.db.DatabaseHealth;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an editor says every action's outcome, next to the buttons (read out by screen readers):
 * "Saved at …" or the reason it was not done; never a notification over the buttons, never Java's text.
 */
class EditorStatus extends Div {

    /** Said when the database cannot be reached: at once when it is known to be down, else when the attempt fails. */
    static final String DATABASE_UNAVAILABLE = "The database is unavailable; nothing was saved. "
            + "Your changes are still in the form: try again in a minute.";

    private static final Logger LOG = LoggerFactory.getLogger(RecordEditorView.class);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String noun;
    private transient DatabaseHealth health;

    EditorStatus(String noun) {
        this.noun = noun;
        setId("editor-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("min-height", "1.5em").set("font-weight", "500");
    }

    void setHealth(DatabaseHealth health) {
        this.health = health;
    }

    /** True while the database is known to be down (false when it is not known). */
    boolean databaseKnownDown() {
        return health != null && !health.isUp();
    }

    /** True, having said so, when the database is known to be down: then nothing is attempted. */
    boolean databaseDown() {
        if (databaseKnownDown()) {
            error(DATABASE_UNAVAILABLE);
            return true;
        }
        return false;
    }

    /** An outcome, with the time so a repeat is seen too. */
    void done(String message) {
        say(message + " (" + SECONDS.format(Instant.now()) + " UTC)", "var(--lumo-success-text-color)");
    }

    /** A refusal or a failure: never over the buttons. */
    void error(String message) {
        say(message, "var(--lumo-error-text-color)");
    }

    private void say(String message, String color) {
        setText(message);
        getStyle().set("color", color);
    }

    /**
     * A failure nobody foresaw (a database error, a bug): logged in full, shown in plain words. The
     * database being unreachable is foreseen: said as such, and not logged here (its health check
     * logs the outage once).
     */
    void unexpected(RuntimeException e) {
        if (DatabaseUnavailableException.isCauseOf(e)) {
            LOG.debug("The {} editor met the database unavailable", noun, e);
            error(
                    DatabaseUnavailableException.lostDuringCommit(e)
                            ? "The database stopped answering while this was being saved, so it may or may not have been saved. "
                                    + "Your changes are still in the form: once the database is back, open the record again in a new tab to check."
                            : health != null && health.isUp()
                                    ? "The database did not answer in time (it may be busy, e.g. with an import); nothing was saved. "
                                            + "Your changes are still in the form: try again in a minute."
                                    : DATABASE_UNAVAILABLE);
            return;
        }
        String at = SECONDS.format(Instant.now());
        LOG.error("Unexpected failure in the {} editor (shown to the user at {} UTC)", noun, at, e);
        error("That did not work: something went wrong on our side (noted in the log at " + at
                + " UTC). Your changes are still in the form; try again, and tell an admin if it happens again.");
    }
}
