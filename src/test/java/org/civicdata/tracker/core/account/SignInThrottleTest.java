package org.civicdata.tracker.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicdata.tracker.core.account.AccountService.Refused;
import org.civicdata.tracker.core.account.AccountService.SignInResult;
import org.civicdata.tracker.core.account.AccountService.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * Attacks on sign-in (issue 9): a burst of concurrent guesses, on one instance and on two sharing
 * the database, makes at most the limit of password checks; a flood against one name from many
 * addresses does not lock its owner out from their own address; an admin can let a name in again.
 * Password checks are counted as the attempts written to the log: an attempt is written (reserved)
 * before its check and no check runs without one.
 */
@MicronautTest(transactional = false)
class SignInThrottleTest {

    private static final StaffPrincipal ADMIN = new StaffPrincipal("test-admin", StaffRole.ADMIN, false);
    private static final String PASSWORD = "a long enough secret";
    private static final int LIMIT = 5;

    @Inject
    AccountService accounts;

    @Inject
    SignInAttemptRepository attempts;

    @Inject
    ApplicationContext context;

    private String newAccount() {
        String name = "race-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(ADMIN, name, StaffRole.EDITOR, PASSWORD, false);
        return name;
    }

    private long checksFor(String name) {
        return attempts.countFailed(name, java.time.Instant.EPOCH.plusSeconds(2), 0)
                + attempts.lastSuccess(name, null, true).stream().count();
    }

    @Test
    void thirtyConcurrentWrongGuessesMakeAtMostTheLimitOfChecksAndTheRightPasswordIsThenRefused() throws Exception {
        String name = newAccount();
        List<SignInResult> results = concurrently(30, i -> accounts.signIn(name, "wrong guess " + i, "203.0.113.7"));

        assertThat(results).allMatch(r -> r instanceof Refused);
        assertThat(checksFor(name)).as("password checks made").isLessThanOrEqualTo(LIMIT);
        assertThat(accounts.signIn(name, PASSWORD, "203.0.113.7"))
                .isInstanceOfSatisfying(
                        Refused.class, r -> assertThat(r.message()).contains("Too many failed sign-ins"));
    }

    @Test
    void theLimitHoldsAcrossTwoInstancesSharingTheDatabase() throws Exception {
        String name = newAccount();
        try (ApplicationContext second =
                ApplicationContext.builder().environments("test").start()) {
            AccountService other = second.getBean(AccountService.class);
            List<SignInResult> results = concurrently(
                    30, i -> (i % 2 == 0 ? accounts : other).signIn(name, "wrong guess " + i, "203.0.113.8"));
            assertThat(results).allMatch(r -> r instanceof Refused);
            assertThat(checksFor(name))
                    .as("password checks made by both instances")
                    .isLessThanOrEqualTo(LIMIT);
            assertThat(other.signIn(name, PASSWORD, "203.0.113.8")).isInstanceOf(Refused.class);
        }
    }

    @Test
    void aFloodFromManyAddressesDoesNotLockTheOwnerOutFromTheirOwnAddress() throws Exception {
        String name = newAccount();
        String owners = "198.51.100.1";
        assertThat(accounts.signIn(name, PASSWORD, owners)).isInstanceOf(SignedIn.class);

        List<SignInResult> flood =
                concurrently(200, i -> accounts.signIn(name, "guess " + i, "192.0.2." + (i % 100 + 1)));
        assertThat(flood).allMatch(r -> r instanceof Refused);
        long checks = checksFor(name);
        assertThat(checks)
                .as("password checks made for the flood (plus the owner's one success)")
                .isLessThanOrEqualTo(10 + 1 + 1);

        assertThat(accounts.signIn(name, PASSWORD, owners))
                .as("the owner, from their own address")
                .isInstanceOf(SignedIn.class);
        assertThat(accounts.signIn(name, PASSWORD, "192.0.2.250"))
                .as("the owner from a new address is slowed, not locked")
                .isInstanceOf(Refused.class);
    }

    @Test
    void anAdminCanLetALockedOutNameInAgainAndSeesTheFailures() {
        String name = newAccount();
        for (int i = 0; i < LIMIT; i++) {
            accounts.signIn(name, "guess " + i, "203.0.113.9");
        }
        assertThat(accounts.signIn(name, PASSWORD, "203.0.113.9")).isInstanceOf(Refused.class);
        assertThat(accounts.recentFailedSignIns(ADMIN))
                .filteredOn(a -> a.username().equals(name))
                .hasSize(LIMIT);

        accounts.allowSignInAgain(ADMIN, name);
        assertThat(accounts.signIn(name, PASSWORD, "203.0.113.9")).isInstanceOf(SignedIn.class);
    }

    private static List<SignInResult> concurrently(int n, java.util.function.IntFunction<SignInResult> attempt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 30));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SignInResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.apply(k);
                }));
            }
            start.countDown();
            List<SignInResult> results = new ArrayList<>();
            for (Future<SignInResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
