package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.RolesAllowed;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;

/**
 * The frame of every staff view: navigation, who is signed in, sign-out. Someone who must change a
 * one-time password is held on the password view until they do.
 */
public class StaffLayout extends AppLayout implements BeforeEnterObserver {

    private final Span who = new Span();
    private final SideNav nav = new SideNav();

    public StaffLayout() {
        addToDrawer(nav);

        who.setId("signed-in-as");
        Button signOut = new Button("Sign out", e -> {
            StaffSession.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        });
        signOut.setId("sign-out");
        Span title = new Span("Policy tracker · staff");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
    }

    /**
     * Views put themselves in the menu with {@code @Menu}; the layout names none of them. Each entry is
     * shown only to roles that may open it.
     */
    private void showMenuOf(StaffPrincipal principal) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Class<?> view = entry.menuClass();
            RolesAllowed roles = view == null ? null : view.getAnnotation(RolesAllowed.class);
            boolean allowed = roles == null
                    || java.util.Arrays.stream(roles.value())
                            .anyMatch(r -> java.util.Arrays.stream(StaffRole.values())
                                    .anyMatch(role -> role.name().equals(r) && principal.may(role)));
            if (allowed) {
                nav.addItem(new SideNavItem(entry.title(), entry.path()));
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffPrincipal principal = StaffSession.current().orElse(null);
        if (principal == null) {
            return;
        }
        showMenuOf(principal);
        who.setText(principal.username() + " (" + principal.role().label().toLowerCase(java.util.Locale.ROOT) + ")");
        if (principal.mustChangePassword() && event.getNavigationTarget() != ChangePasswordView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
