package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.infra.db.DatabaseHealth;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;

/**
 * Every request to the staff UI re-reads the signed-in account: a role an admin changed applies at
 * once, and a disabled account is signed out at its next request (navigation then sends it to the
 * login view, and the services refuse what its role no longer allows). User actions reach the server
 * as HTTP requests (push only carries server-to-browser messages), so none escapes this check.
 */
@Singleton
public class AccountRecheck implements VaadinServiceInitListener {

    private final transient AccountService accounts;
    private final transient DatabaseHealth health;

    AccountRecheck(AccountService accounts, DatabaseHealth health) {
        this.accounts = accounts;
        this.health = health;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                recheck(request.getWrappedSession(false));
            }

            @Override
            public void handleException(
                    VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {}

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {}
        });
    }

    /** Replaces the session's principal by the account as it stands now, or removes it. */
    void recheck(WrappedSession session) {
        if (session == null
                || !(session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffPrincipal signedIn)
                || !health.isUp()) {
            return;
        }
        Optional<StaffPrincipal> now;
        try {
            now = accounts.current(signedIn);
        } catch (RuntimeException e) {
            if (DatabaseUnavailableException.isCauseOf(e)) {
                // Nothing can be read or written without the database: the action the request carries
                // fails on its own and says so; signing the person out would lose their unsaved work.
                return;
            }
            throw e;
        }
        if (now.isEmpty()) {
            session.removeAttribute(StaffSession.ATTRIBUTE);
        } else if (!now.get().equals(signedIn)) {
            session.setAttribute(StaffSession.ATTRIBUTE, now.get());
        }
    }
}
