package org.civicdata.tracker.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import org.civicdata.tracker.core.account.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failure outside the editor frame's own status area (a list whose rows cannot be read) reaches
 * staff in plain words through the session's error handler: the database being down as such, anything
 * else as our fault with the time it was logged; never Java's text.
 */
@MicronautTest(transactional = false)
class StaffErrorHandlerTest {

    @Inject
    ApplicationContext context;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static List<String> shown() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void everyStaffSessionHandsItsFailuresToTheStaffErrorHandler() {
        StaffUi.signedInAs(context, "editor-erin", StaffRole.EDITOR);
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(StaffErrorHandler.class);
    }

    @Test
    void theDatabaseBeingUnreachableIsSaidAsSuchWithoutJavasText() {
        StaffUi.signedInAs(context, "editor-erin", StaffRole.EDITOR);
        var lost = new IllegalStateException(
                "wrapped", new SQLNonTransientConnectionException("Communications link failure", "08S01"));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(lost));
        assertThat(shown()).containsExactly(StaffErrorHandler.DATABASE_UNAVAILABLE);
    }

    @Test
    void anyOtherFailureIsOursInPlainWordsWithTheTimeItWasLogged() {
        StaffUi.signedInAs(context, "editor-erin", StaffRole.EDITOR);
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new NullPointerException("secret.internal.Field")));
        assertThat(shown())
                .singleElement()
                .asString()
                .startsWith("That did not work: something went wrong on our side (noted in the log at ")
                .doesNotContain("NullPointerException")
                .doesNotContain("secret.internal");
    }
}
