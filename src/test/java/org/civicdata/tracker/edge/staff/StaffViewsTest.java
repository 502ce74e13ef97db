package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.IntStream;
import org.civicdata.tracker.core.account.AccountRepository;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.account.ui.AccountsView;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.editing.RecordHistory.Activity;
import org.civicdata.tracker.core.editing.ui.ActivityView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class StaffViewsTest {

    @Inject
    ApplicationContext context;

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRepository;

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

    private static java.util.List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void onlyAnAdminOpensTheAccountsViewOrSeesItInTheMenu() {
        StaffUi.signedInAs(context, "editor-ella", StaffRole.EDITOR);
        assertThat(menu()).contains("Jurisdictions", "Activity").doesNotContain("Accounts");
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(currentView()).isNotEqualTo(AccountsView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("accounts"))).isEmpty();
        MockVaadin.tearDown();

        StaffUi.signedInAs(context, "admin-ada", StaffRole.ADMIN);
        assertThat(menu()).contains("Accounts");
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(currentView()).isEqualTo(AccountsView.class);
    }

    @Test
    void anAdminCreatesAnAccountWhoseOneTimePasswordSignsInAndMustBeChanged() {
        StaffUi.signedInAs(context, "admin-ada", StaffRole.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
        String name = "new-" + UUID.randomUUID().toString().substring(0, 6);
        _get(TextField.class, spec -> spec.withId("new-username")).setValue(name);
        @SuppressWarnings("unchecked")
        Select<StaffRole> role = _get(Select.class, spec -> spec.withId("new-role"));
        role.setValue(StaffRole.EDITOR);
        _get(Button.class, spec -> spec.withId("create-account")).click();
        String oneTime =
                _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(accountRepository.findByUsername(name)).hasValueSatisfying(a -> {
            assertThat(a.getRole()).isEqualTo(StaffRole.EDITOR);
            assertThat(a.isMustChangePassword()).isTrue();
        });
        MockVaadin.tearDown();

        StaffUi.open(context);
        UI.getCurrent().navigate(LoginView.class);
        LoginFormKt._login(_get(LoginForm.class), name, oneTime);
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
    }

    @Test
    void anAdminSeesFailedSignInsAndAllowsALockedOutNameToSignInAgain() {
        String name = "locked-" + UUID.randomUUID().toString().substring(0, 6);
        StaffUi.ensureAccount(accounts, name, StaffRole.EDITOR);
        IntStream.range(0, 5).forEach(i -> accounts.signIn(name, "wrong guess " + i, "203.0.113.20"));
        assertThat(accounts.signIn(name, StaffUi.PASSWORD, "203.0.113.20")).isInstanceOf(AccountService.Refused.class);

        StaffUi.signedInAs(context, "admin-ada", StaffRole.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<org.civicdata.tracker.core.account.SignInAttempt> failed =
                _get(Grid.class, spec -> spec.withId("failed-sign-ins"));
        assertThat(IntStream.range(0, GridKt._size(failed))
                        .mapToObj(i -> GridKt._get(failed, i))
                        .filter(a -> a.username().equals(name)))
                .hasSize(5);
        @SuppressWarnings("unchecked")
        Grid<org.civicdata.tracker.core.account.Account> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getUsername().equals(name))
                .findFirst()
                .orElseThrow();
        ((Button) GridKt._getCellComponent(grid, row, "allow")).click();

        assertThat(accounts.signIn(name, StaffUi.PASSWORD, "203.0.113.20")).isInstanceOf(AccountService.SignedIn.class);
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedOrDisabled() {
        StaffPrincipal admin = new StaffPrincipal("test-setup", StaffRole.ADMIN, false);
        StaffUi.ensureAccount(accounts, "admin-solo", StaffRole.ADMIN);
        accountRepository.findAll().forEach(a -> {
            if (a.getRole() == StaffRole.ADMIN
                    && a.isEnabled()
                    && !a.getUsername().equals("admin-solo")) {
                accounts.change(admin, a.getId(), a.getVersion(), StaffRole.EDITOR, true);
            }
        });
        var solo = accountRepository.findByUsername("admin-solo").orElseThrow();
        var last = solo;
        assertThatThrownBy(() -> accounts.change(admin, last.getId(), last.getVersion(), StaffRole.EDITOR, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("last enabled admin");
        assertThatThrownBy(() -> accounts.change(admin, last.getId(), last.getVersion(), StaffRole.ADMIN, false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(accountRepository.findByUsername("admin-solo").orElseThrow().isEnabled())
                .isTrue();
    }

    @Test
    void theActivityViewFiltersChangesByUser() {
        StaffUi.signedInAs(context, "admin-ada", StaffRole.ADMIN);
        UI.getCurrent().navigate(ActivityView.class);
        _get(TextField.class, spec -> spec.withId("activity-actor")).setValue("test-setup");
        @SuppressWarnings("unchecked")
        Grid<Activity> grid = _get(Grid.class, spec -> spec.withId("activity"));
        int size = GridKt._size(grid);
        assertThat(size).isPositive();
        assertThat(IntStream.range(0, Math.min(size, 50))
                        .mapToObj(i -> GridKt._get(grid, i).actor())
                        .distinct()
                        .toList())
                .containsOnly("test-setup");

        _get(TextField.class, spec -> spec.withId("activity-actor")).setValue("nobody-at-all");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void theActivityViewFiltersChangesByUtcDaysBothInclusiveAndByTheUserNameTrimmed() {
        StaffUi.signedInAs(context, "admin-ada", StaffRole.ADMIN);
        UI.getCurrent().navigate(ActivityView.class);
        _get(TextField.class, spec -> spec.withId("activity-actor")).setValue(" test-setup ");
        @SuppressWarnings("unchecked")
        Grid<Activity> grid = _get(Grid.class, spec -> spec.withId("activity"));
        assertThat(GridKt._size(grid)).isPositive();
        // The latest day of any row, not the first row's: rows come by id, and tests that run on a clock
        // of their own (the release tests move days ahead) write entries whose day is later than a newer id's.
        java.time.LocalDate newest = IntStream.range(0, GridKt._size(grid))
                .mapToObj(
                        i -> java.time.LocalDate.ofInstant(GridKt._get(grid, i).at(), java.time.ZoneOffset.UTC))
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        com.vaadin.flow.component.datepicker.DatePicker from =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("activity-from"));
        com.vaadin.flow.component.datepicker.DatePicker to =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("activity-to"));

        from.setValue(newest);
        to.setValue(newest);
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(days(grid)).containsOnly(newest);

        from.setValue(newest.plusDays(1));
        to.setValue(null);
        assertThat(GridKt._size(grid)).isZero();

        from.setValue(null);
        to.setValue(newest.minusDays(1));
        assertThat(days(grid)).allSatisfy(day -> assertThat(day).isBefore(newest));
    }

    private static java.util.List<java.time.LocalDate> days(Grid<Activity> grid) {
        return IntStream.range(0, Math.min(GridKt._size(grid), 50))
                .mapToObj(
                        i -> java.time.LocalDate.ofInstant(GridKt._get(grid, i).at(), java.time.ZoneOffset.UTC))
                .toList();
    }
}
