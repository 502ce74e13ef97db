package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.NotPermittedException;

/**
 * Who is signed in: the principal is kept in the HTTP session, so it is known on any thread that
 * holds the Vaadin session lock (push, background work) and in browserless tests.
 */
public final class StaffSession {

    static final String ATTRIBUTE = StaffPrincipal.class.getName();

    private StaffSession() {}

    public static Optional<StaffPrincipal> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((StaffPrincipal) session.getSession().getAttribute(ATTRIBUTE));
    }

    /** Signs in: a new session id first (no session fixation), then the principal. */
    /** The signed-in staff member; refused when nobody is signed in. */
    public static StaffPrincipal signedIn() {
        return current().orElseThrow(() -> new NotPermittedException("Not signed in."));
    }

    public static void signIn(StaffPrincipal principal) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest) {
            servletRequest.getHttpServletRequest().changeSessionId();
        }
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, principal);
    }

    /** Replaces the principal (e.g. after a password change), keeping the session. */
    public static void update(StaffPrincipal principal) {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, principal);
    }

    public static void signOut() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        session.removeAttribute(ATTRIBUTE);
        session.invalidate();
    }
}
