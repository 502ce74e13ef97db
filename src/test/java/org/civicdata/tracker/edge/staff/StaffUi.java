package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import io.micronaut.context.ApplicationContext;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.infra.vaadin.MicronautMockVaadin;

/** Browserless staff UI for tests: accounts with known passwords, signed in through the real login form. */
public final class StaffUi {

    public static final String PASSWORD = "correct horse battery";
    private static final StaffPrincipal SETUP = new StaffPrincipal("test-setup", StaffRole.ADMIN, false);

    private StaffUi() {}

    /** The account exists, enabled, with this role and the test password (whatever earlier tests did to it). */
    public static void ensureAccount(AccountService accounts, String username, StaffRole role) {
        try {
            accounts.create(SETUP, username, role, PASSWORD, false);
        } catch (InvalidInputException alreadyThere) {
            if (!alreadyThere.getMessage().contains("is taken")) {
                throw alreadyThere;
            }
            accounts.list().stream()
                    .filter(a -> a.getUsername().equals(username))
                    .findFirst()
                    .filter(a -> a.getRole() != role || !a.isEnabled())
                    .ifPresent(a -> accounts.change(SETUP, a.getId(), a.getVersion(), role, true));
        }
    }

    /** A fresh mocked UI, not signed in. */
    public static void open(ApplicationContext context) {
        MicronautMockVaadin.setup(context);
    }

    /** Opens the UI and signs in as a new or existing account with the given role. */
    public static void signedInAs(ApplicationContext context, String username, StaffRole role) {
        ensureAccount(context.getBean(AccountService.class), username, role);
        open(context);
        UI.getCurrent().navigate(LoginView.class);
        LoginFormKt._login(_get(LoginForm.class), username, PASSWORD);
    }
}
