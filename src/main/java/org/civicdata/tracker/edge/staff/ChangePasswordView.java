package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.InvalidInputException;

/** Any signed-in staff member changes their own password here (required after a one-time password). */
@Route(value = "password", layout = StaffLayout.class)
@PageTitle("Change password · Policy tracker staff")
@Menu(title = "Change password", order = 90)
@PermitAll
@Prototype
public class ChangePasswordView extends VerticalLayout {

    private final transient AccountService accounts;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");

    public ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        current.setId("current-password");
        next.setId("new-password");
        next.setHelperText("At least 12 characters, not containing your user name.");
        repeat.setId("repeat-password");
        Button save = new Button("Change password", e -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean required =
                StaffSession.current().map(StaffPrincipal::mustChangePassword).orElse(false);
        add(new H1("Change password"));
        if (required) {
            add(new Paragraph("You signed in with a one-time password. Choose your own to continue."));
        }
        add(current, next, repeat, save);
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        StaffPrincipal who = StaffSession.current().orElseThrow();
        try {
            StaffSession.update(accounts.changePassword(who, current.getValue(), next.getValue()));
        } catch (InvalidInputException e) {
            PasswordField field = "current".equals(e.field()) ? current : next;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        current.clear();
        next.clear();
        repeat.clear();
        Notification.show("Password changed.");
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
