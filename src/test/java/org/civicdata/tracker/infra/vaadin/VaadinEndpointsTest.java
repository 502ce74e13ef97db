package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's internal endpoints refuse what no UI of the asker's own session sent: UIDL without a
 * session or with a wrong CSRF token, push without a session. Refused plainly (never a 500), and
 * nothing changes. (That an anonymous UI's own UIDL cannot navigate into a staff view is checked
 * for every route by {@code RouteAccessTest}.)
 */
@MicronautTest(transactional = false)
class VaadinEndpointsTest {

    private static final String NAVIGATE_TO_ACCOUNTS = "accounts";

    @Inject
    EmbeddedServer server;

    @Inject
    AuditEntryRepository audit;

    @Test
    void uidlWithoutASessionOrWithAnotherTokenIsRefusedAndChangesNothing() {
        VaadinWire wire = new VaadinWire(server.getPort());
        long before = audit.count();

        HttpResponse<String> noSession = wire.navigate(null, "guessed-token", NAVIGATE_TO_ACCOUNTS);
        assertThat(noSession.statusCode()).isLessThan(500);
        assertThat(noSession.body())
                .contains("appError")
                .doesNotContain("\"changes\":[{")
                .doesNotContain("vaadin-grid")
                .doesNotContain("Exception");

        VaadinWire.Ui ui = wire.anonymousUi();
        HttpResponse<String> wrongToken =
                wire.navigate(ui.cookie(), "00000000-0000-0000-0000-000000000000", NAVIGATE_TO_ACCOUNTS);
        assertThat(wrongToken.statusCode()).isLessThan(500);
        assertThat(wrongToken.body())
                .contains("appError")
                .doesNotContain("\"changes\":[{")
                .doesNotContain("vaadin-grid");

        HttpResponse<String> unknownSession =
                wire.navigate("JSESSIONID=0123456789ABCDEF0123456789ABCDEF", ui.csrfToken(), NAVIGATE_TO_ACCOUNTS);
        assertThat(unknownSession.statusCode()).isLessThan(500);
        assertThat(unknownSession.body()).isEqualTo("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");

        // The same UI's own token works (so the refusals above are the checks at work, not a broken request).
        HttpResponse<String> own = wire.navigate(ui.cookie(), ui.csrfToken(), NAVIGATE_TO_ACCOUNTS);
        assertThat(own.body())
                .contains("\"changes\":[{")
                .contains("vaadin-login-form")
                .doesNotContain("create-account");
        assertThat(audit.count()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void pushWithoutASessionIsToldTheSessionExpired() {
        VaadinWire wire = new VaadinWire(server.getPort());
        HttpResponse<String> noSession = wire.push(null, "guessed-push-id");
        assertThat(noSession.statusCode()).isLessThan(500);
        assertThat(noSession.body().trim()).isEqualTo("for(;;);[{\"meta\":{\"async\":true,\"sessionExpired\":true}}]");

        VaadinWire.Ui ui = wire.anonymousUi();
        HttpResponse<String> otherSession = wire.push("JSESSIONID=0123456789ABCDEF0123456789ABCDEF", ui.pushId());
        assertThat(otherSession.statusCode()).isLessThan(500);
        assertThat(otherSession.body().trim()).contains("sessionExpired");
    }
}
