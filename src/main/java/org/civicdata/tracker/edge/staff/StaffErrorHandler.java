package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What staff see when something fails outside the places that say it themselves (the editor frame's
 * status area, the import view): a list or a dialog whose data cannot be read. The database being
 * unreachable is said as such and not logged (its health check logs the outage once); anything else
 * is logged in full with the time it was shown, and shown in plain words. Never Java's text.
 */
@Singleton
public class StaffErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    static final String DATABASE_UNAVAILABLE = "The database is unavailable, so this could not be done and nothing "
            + "was changed. Try again in a minute.";

    private static final Logger LOG = LoggerFactory.getLogger(StaffErrorHandler.class);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String message;
        if (DatabaseUnavailableException.isCauseOf(failure)) {
            LOG.debug("A staff request met the database unavailable", failure);
            message = DATABASE_UNAVAILABLE;
        } else {
            String at = SECONDS.format(Instant.now());
            LOG.error("Unexpected failure in the staff UI (shown to the user at {} UTC)", at, failure);
            message = "That did not work: something went wrong on our side (noted in the log at " + at
                    + " UTC). Try again, and tell an admin if it happens again.";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification shown = new Notification(message, 8000, Notification.Position.TOP_CENTER);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            shown.open();
        }
    }
}
