package org.civicdata.tracker.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.RecordType;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountServiceTest {

    private static final StaffPrincipal ADMIN = new StaffPrincipal("test-admin", StaffRole.ADMIN, false);
    private static final String PASSWORD = "a long enough secret";

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @Inject
    AuditEntryRepository audit;

    private static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void thePasswordIsStoredOnlyAsABcryptHashAndNeverAppearsInTheAuditTrail() {
        Account created = accounts.create(ADMIN, uniqueName(), StaffRole.EDITOR, PASSWORD, false);
        Account stored = repository.findById(created.getId()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$2").doesNotContain(PASSWORD);
        String changes = audit.findByRecordTypeAndRecordIdOrderById(RecordType.ACCOUNT, created.getId())
                .get(0)
                .changes();
        assertThat(changes)
                .contains("\"passwordHash\":{\"old\":null,\"new\":\"(redacted)\"}")
                .doesNotContain(stored.getPasswordHash())
                .doesNotContain(PASSWORD);
    }

    @Test
    void signInSucceedsOnlyWithTheRightPasswordAndTheSameMessageForUnknownUsers() {
        String name = uniqueName();
        accounts.create(ADMIN, name, StaffRole.CONTRIBUTOR, PASSWORD, false);

        assertThat(accounts.signIn(name, PASSWORD, "127.0.0.1"))
                .isInstanceOfSatisfying(
                        AccountService.SignedIn.class,
                        s -> assertThat(s.principal())
                                .isEqualTo(new StaffPrincipal(name, StaffRole.CONTRIBUTOR, false)));
        AccountService.SignInResult wrong = accounts.signIn(name, "wrong password", "127.0.0.1");
        AccountService.SignInResult unknown = accounts.signIn("nobody-" + name, PASSWORD, "127.0.0.1");
        assertThat(wrong).isEqualTo(unknown).isInstanceOf(AccountService.Refused.class);
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        String name = uniqueName();
        accounts.create(ADMIN, name, StaffRole.EDITOR, PASSWORD, false);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.signIn(name, "guess " + i, "10.9.8.7")).isInstanceOf(AccountService.Refused.class);
        }
        assertThat(accounts.signIn(name, PASSWORD, "10.9.8.7"))
                .isInstanceOfSatisfying(
                        AccountService.Refused.class,
                        r -> assertThat(r.message()).contains("Too many failed sign-ins"));
    }

    @Test
    void onlyAnAdminCreatesAccountsAndBadInputNamesTheField() {
        StaffPrincipal editor = new StaffPrincipal("someone", StaffRole.EDITOR, false);
        assertThatThrownBy(() -> accounts.create(editor, uniqueName(), StaffRole.ADMIN, PASSWORD, false))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.create(null, uniqueName(), StaffRole.ADMIN, PASSWORD, false))
                .as("with accounts present, no account is created without an admin")
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.create(ADMIN, "Bad Name!", StaffRole.EDITOR, PASSWORD, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        String name = uniqueName();
        assertThatThrownBy(() -> accounts.create(ADMIN, name, StaffRole.EDITOR, "short", false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(repository.findByUsername(name)).isEmpty();
    }

    @Test
    void rolesIncludeTheOnesBelowThem() {
        assertThat(StaffRole.ADMIN.includes(StaffRole.EDITOR)).isTrue();
        assertThat(StaffRole.EDITOR.includes(StaffRole.CONTRIBUTOR)).isTrue();
        assertThat(StaffRole.CONTRIBUTOR.includes(StaffRole.EDITOR)).isFalse();
    }
}
