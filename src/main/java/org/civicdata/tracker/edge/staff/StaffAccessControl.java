package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;

/**
 * Vaadin's navigation access control, fed from {@link StaffSession} instead of container security:
 * views say who may enter with {@code @AnonymousAllowed}, {@code @PermitAll} or
 * {@code @RolesAllowed("EDITOR")} (a role includes those below it); a view without one is closed to
 * all. Anonymous visitors are sent to the login view, which remembers where they were going.
 */
@Singleton
public class StaffAccessControl implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl control = new SessionAccessControl();
        control.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(control));
    }

    private static final class SessionAccessControl extends NavigationAccessControl {

        SessionAccessControl() {
            super(List.of(new AnnotatedViewAccessChecker()), new DefaultAccessCheckDecisionResolver());
        }

        @Override
        protected Principal getPrincipal(VaadinRequest request) {
            return StaffSession.current().orElse(null);
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            StaffPrincipal principal = StaffSession.current().orElse(null);
            return role -> principal != null
                    && java.util.Arrays.stream(StaffRole.values())
                            .anyMatch(r -> r.name().equals(role) && principal.may(r));
        }
    }
}
