package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.record.jurisdiction.ui.JurisdictionListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class SignInTest {

    @Inject
    ApplicationContext context;

    @Inject
    AccountService accounts;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static Class<?> currentView() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getClass();
    }

    @Test
    void anAnonymousVisitorToAnyStaffViewLandsOnTheLoginPage() {
        StaffUi.open(context);
        UI.getCurrent().navigate(JurisdictionListView.class);
        assertThat(currentView()).isEqualTo(LoginView.class);
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void signingInLeadsToWhereTheVisitorWasGoingAndShowsWhoIsSignedIn() {
        StaffUi.ensureAccount(accounts, "editor-eve", StaffRole.EDITOR);
        StaffUi.open(context);
        UI.getCurrent().navigate(JurisdictionListView.class);
        LoginFormKt._login(_get(LoginForm.class), "editor-eve", StaffUi.PASSWORD);

        assertThat(currentView()).isEqualTo(JurisdictionListView.class);
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText())
                .isEqualTo("editor-eve (editor)");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndDoesNotSignIn() {
        StaffUi.ensureAccount(accounts, "contributor-carl", StaffRole.CONTRIBUTOR);
        StaffUi.open(context);
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        LoginFormKt._login(form, "contributor-carl", "not the password");

        assertThat(form.isError()).isTrue();
        assertThat(StaffSession.current()).isEmpty();
        UI.getCurrent().navigate(JurisdictionListView.class);
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void signingOutEndsTheSession() {
        StaffUi.signedInAs(context, "editor-sam", StaffRole.EDITOR);
        assertThat(StaffSession.current()).isPresent();

        _get(Button.class, spec -> spec.withId("sign-out")).click();

        assertThat(StaffSession.current()).isEmpty();
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        var admin = new org.civicdata.tracker.core.account.StaffPrincipal("test-setup", StaffRole.ADMIN, false);
        try {
            accounts.create(admin, "fresh-fay", StaffRole.CONTRIBUTOR, "one-time-secret-1", true);
        } catch (org.civicdata.tracker.core.common.InvalidInputException taken) {
            // a rerun in the same database
        }
        StaffUi.open(context);
        UI.getCurrent().navigate(LoginView.class);
        LoginFormKt._login(_get(LoginForm.class), "fresh-fay", "one-time-secret-1");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        UI.getCurrent().navigate(JurisdictionListView.class);
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);

        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue("one-time-secret-1");
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("short");
        _get(Button.class, spec -> spec.withId("change-password")).click();
        PasswordField next = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("at least 12 characters");

        next.setValue("a much better passphrase");
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("a much better passphrase");
        _get(Button.class, spec -> spec.withId("change-password")).click();
        assertThat(currentView()).isEqualTo(JurisdictionListView.class);
    }
}
