package org.civicdata.tracker.core.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.civicdata.tracker.core.account.Account;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.SignInAttempt;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.StaleRecordException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.edge.staff.*;

/** Staff accounts and recent failed sign-ins, for admins only, at /admin/accounts. */
@Route(value = "accounts", layout = StaffLayout.class)
@PageTitle("Accounts · Policy tracker staff")
@Menu(title = "Accounts", order = 95)
@RolesAllowed("ADMIN")
@Prototype
public class AccountsView extends VerticalLayout {

    private final transient AccountService accounts;
    private final Grid<Account> grid = new Grid<>();
    private final Grid<SignInAttempt> failures = new Grid<>();
    private final TextField username = new TextField("User name");
    private final Select<StaffRole> role = new Select<>();

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        setWidthFull();
        username.setId("new-username");
        role.setId("new-role");
        role.setLabel("Role");
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(org.civicdata.tracker.core.common.Coded::labelOf);
        role.setValue(StaffRole.CONTRIBUTOR);
        Button create = new Button("Create account", e -> create());
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, role, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone the button goes under the fields instead of off the screen.
        form.getStyle().set("flex-wrap", "wrap");

        grid.setId("accounts");
        grid.setAllRowsVisible(true);
        // Buttons keep their whole label; a long status (the one-time password's) wraps instead of being cut.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Account::getUsername).setHeader("User name");
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(a -> a.isEnabled() ? "enabled" : "disabled").setHeader("Status");
        grid.addColumn(a -> a.isMustChangePassword() ? "one-time password not yet changed" : "")
                .setHeader("Password");
        grid.addComponentColumn(a -> {
                    Button toggle = new Button(
                            a.isEnabled() ? "Disable" : "Enable", e -> change(a, a.getRole(), !a.isEnabled()));
                    toggle.setId("toggle-" + a.getUsername());
                    return toggle;
                })
                .setKey("toggle")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    Button allow = new Button("Allow sign-in again", e -> allowSignInAgain(a.getUsername()));
                    allow.setId("allow-" + a.getUsername());
                    return allow;
                })
                .setKey("allow")
                .setAutoWidth(true)
                .setFlexGrow(0);

        failures.setId("failed-sign-ins");
        failures.addColumn(a -> GridQueries.UTC_SECONDS.format(a.attemptedAt())).setHeader("When (UTC)");
        failures.addColumn(SignInAttempt::username).setHeader("User name tried");
        failures.addColumn(a -> a.remoteAddress() == null ? "unknown" : a.remoteAddress())
                .setHeader("From address");
        failures.addColumn(a -> a.succeeded() == null ? "check did not finish" : "wrong user name or password")
                .setHeader("Outcome");
        failures.setAllRowsVisible(true);
        add(
                new H1("Accounts"),
                form,
                grid,
                new H2("Failed sign-ins in the last 15 minutes"),
                new Paragraph("Five failures from one address lock that address out of that user name for 15 "
                        + "minutes; guesses from many addresses only slow sign-in down for addresses the account "
                        + "never used. \"Allow sign-in again\" clears a user name's failures."),
                failures);
        refresh();
    }

    private Select<StaffRole> roleSelect(Account account) {
        Select<StaffRole> select = new Select<>();
        select.setItems(StaffRole.values());
        select.setItemLabelGenerator(org.civicdata.tracker.core.common.Coded::labelOf);
        select.setValue(account.getRole());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(account, e.getValue(), account.isEnabled());
            }
        });
        return select;
    }

    private void create() {
        username.setInvalid(false);
        try {
            String oneTime =
                    accounts.createWithOneTimePassword(StaffSession.signedIn(), username.getValue(), role.getValue());
            Dialog shown = new Dialog();
            shown.setId("one-time-password-dialog");
            shown.setHeaderTitle("Account " + username.getValue().trim().toLowerCase(Locale.ROOT) + " created");
            Span password = new Span(oneTime);
            password.setId("one-time-password");
            shown.add(
                    new Paragraph("Give this one-time password to its owner; it is shown only now, and must be "
                            + "changed at first sign-in:"),
                    password);
            shown.getFooter().add(new Button("Done", e -> shown.close()));
            shown.open();
            username.clear();
            refresh();
        } catch (InvalidInputException e) {
            username.setErrorMessage(e.getMessage());
            username.setInvalid(true);
        } catch (NotPermittedException e) {
            error(e.getMessage());
        }
    }

    private void change(Account account, StaffRole newRole, boolean enabled) {
        try {
            accounts.change(StaffSession.signedIn(), account.getId(), account.getVersion(), newRole, enabled);
            Notification.show("Account " + account.getUsername() + " changed.");
        } catch (InvalidInputException | NotPermittedException | StaleRecordException e) {
            error(e.getMessage());
        }
        refresh();
    }

    private void allowSignInAgain(String name) {
        try {
            accounts.allowSignInAgain(StaffSession.signedIn(), name);
            Notification.show(name + " may sign in again.");
        } catch (NotPermittedException e) {
            error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
        failures.setItems(accounts.recentFailedSignIns(StaffSession.signedIn()));
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
