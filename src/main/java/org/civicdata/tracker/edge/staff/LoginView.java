package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import io.micronaut.context.annotation.Prototype;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.AccountService.Refused;
import org.civicdata.tracker.core.account.AccountService.SignedIn;

/** Staff sign-in at /admin/login. */
@Route("login")
@PageTitle("Sign in · Policy tracker staff")
@AnonymousAllowed
@Prototype
public class LoginView extends VerticalLayout {

    private final transient AccountService accounts;
    private final LoginForm form = new LoginForm();

    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        add(new H1("Policy tracker · staff"), form);
    }

    private void signIn(String username, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        var result = accounts.signIn(username, password, request == null ? null : request.getRemoteAddr());
        if (result instanceof SignedIn signedIn) {
            StaffSession.signIn(signedIn.principal());
            Object target = VaadinSession.getCurrent()
                    .getSession()
                    .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            getUI().ifPresent(ui -> ui.navigate(target instanceof String path && !path.isBlank() ? path : ""));
        } else if (result instanceof Refused refused) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Not signed in");
            i18n.getErrorMessage().setMessage(refused.message());
            form.setI18n(i18n);
            form.setError(true);
            form.setEnabled(true);
        }
    }
}
