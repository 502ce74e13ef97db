package org.civicdata.tracker.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Decides whether a sign-in may have its password checked, and reserves the attempt before the check
 * (V8), so that the limits hold however many attempts arrive at once, on one instance or several:
 * the reservation runs in its own short transaction holding the lock rows of the user name and of the
 * address, and the attempt is counted (as failed until its outcome is written) before the lock is let go.
 *
 * <p>The limits, within the window (15 minutes by default):
 * <ul>
 *   <li>per user name and address: 5 failures, then that address is refused for that name;</li>
 *   <li>per address, over all names: 20 failures;</li>
 *   <li>per user name alone there is no lockout, so guessing from many addresses cannot lock its owner
 *       out: once the name has 10 failures in the window (a success in between does not reset this),
 *       addresses that never signed in to it get one password check per 30 s between them (a slow
 *       lane); an address that signed in to it within 90 days is not slowed.</li>
 * </ul>
 * An admin can clear a name's failures ({@link #clear}); failures before that moment stop counting.
 */
@Singleton
public class SignInThrottle {

    /** The outcome of a reservation. */
    public sealed interface Decision permits Reserved, Throttled {}

    /** The password may be checked; write the outcome with {@link #finish}. */
    public record Reserved(long attemptId) implements Decision {}

    /** Refused before any check, with a message fit to show. */
    public record Throttled(String message) implements Decision {}

    private final SignInAttemptRepository attempts;
    private final Clock clock;
    private final Duration window;
    private final int maxPerNameAndAddress;
    private final int maxPerAddress;
    private final int slowAfter;
    private final Duration slowInterval;
    private final Duration knownAddressMemory;

    SignInThrottle(
            SignInAttemptRepository attempts,
            Clock clock,
            @Value("${tracker.security.lockout:15m}") Duration window,
            @Value("${tracker.security.max-failed-sign-ins:5}") int maxPerNameAndAddress,
            @Value("${tracker.security.max-failed-sign-ins-per-address:20}") int maxPerAddress,
            @Value("${tracker.security.slow-down-after:10}") int slowAfter,
            @Value("${tracker.security.slow-down-interval:30s}") Duration slowInterval,
            @Value("${tracker.security.known-address-memory:90d}") Duration knownAddressMemory) {
        this.attempts = attempts;
        this.clock = clock;
        this.window = window;
        this.maxPerNameAndAddress = maxPerNameAndAddress;
        this.maxPerAddress = maxPerAddress;
        this.slowAfter = slowAfter;
        this.slowInterval = slowInterval;
        this.knownAddressMemory = knownAddressMemory;
    }

    /**
     * Makes sure the lock rows exist, each insert committed on its own (not in the reservation's
     * transaction: two transactions inserting the same new key and then locking it deadlock).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void prepare(String name, @Nullable String address) {
        attempts.insertLockIfMissing("name:" + name);
        if (address != null) {
            attempts.insertLockIfMissing("address:" + address);
        }
    }

    /** Call {@link #prepare} first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision reserve(String name, @Nullable String address) {
        Instant cleared = lock("name:" + name);
        if (address != null) {
            lock("address:" + address);
        }
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        Instant since = cleared.isAfter(windowStart) ? cleared : windowStart;
        long afterId = attempts.lastSuccessId(name);
        long minutes = Math.max(1, window.toMinutes());
        if (attempts.countFailedFromAddress(name, address, since, afterId) >= maxPerNameAndAddress) {
            return new Throttled("Too many failed sign-ins. Try again in " + minutes + " minutes.");
        }
        if (address != null && attempts.countFailedFromAnyName(address, windowStart) >= maxPerAddress) {
            return new Throttled("Too many failed sign-ins from this network. Try again in " + minutes + " minutes.");
        }
        boolean known = attempts.lastSuccess(name, address, false)
                .filter(t -> t.isAfter(now.minus(knownAddressMemory)))
                .isPresent();
        if (!known
                && attempts.countFailed(name, since, 0) >= slowAfter
                && attempts.lastFromUnknownAddress(name)
                        .filter(t -> t.isAfter(now.minus(slowInterval)))
                        .isPresent()) {
            return new Throttled(
                    "Sign-in to this account is slowed down after many failed attempts. " + "Try again in a minute.");
        }
        return new Reserved(attempts.save(new SignInAttempt(null, name, address, now, null, known))
                .id());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(Reserved reserved, boolean succeeded) {
        attempts.updateOutcome(reserved.attemptId(), succeeded);
    }

    /** Failures for a user name before now stop counting (an admin's "allow sign-in again"). */
    @Transactional
    public void clear(String name, String by) {
        attempts.insertLockIfMissing("name:" + name);
        attempts.updateCleared("name:" + name, clock.instant(), by);
    }

    /** Failed (and unfinished) attempts within the window, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignInAttempt> recentFailures() {
        return attempts.findRecentFailures(clock.instant().minus(window));
    }

    private Instant lock(String key) {
        return attempts.lockClearedAt(key);
    }
}
