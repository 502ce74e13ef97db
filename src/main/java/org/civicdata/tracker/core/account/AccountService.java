package org.civicdata.tracker.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts: sign-in (throttled by {@link SignInThrottle}), password changes, account creation.
 * Every account change goes through the audited {@link RecordWriter} (the hash itself is redacted
 * in the audit trail).
 */
@Singleton
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher;
    private final RecordWriter writer;

    AccountService(AccountRepository accounts, SignInThrottle throttle, PasswordHasher hasher, RecordWriter writer) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.hasher = hasher;
        this.writer = writer;
    }

    /** The outcome of a sign-in. */
    public sealed interface SignInResult permits SignedIn, Refused {}

    public record SignedIn(StaffPrincipal principal) implements SignInResult {}

    /** Refused, with a message fit to show: it never says whether the user name exists. */
    public record Refused(String message) implements SignInResult {}

    /**
     * The signed-in person as their account stands now: its current role, or nothing if it was
     * disabled or removed since they signed in (an admin's change takes effect at their next request).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<StaffPrincipal> current(StaffPrincipal signedIn) {
        return accounts.findByUsername(signedIn.username())
                .filter(Account::isEnabled)
                .map(a -> new StaffPrincipal(a.getUsername(), a.getRole(), a.isMustChangePassword()));
    }

    /**
     * Signs in. Not one transaction: the attempt is reserved (and counted) by {@link SignInThrottle}
     * in a transaction of its own before the password is checked, so concurrent attempts cannot all
     * pass the limit while each other's checks are still running.
     */
    public SignInResult signIn(String username, String password, @Nullable String remoteAddress) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.length() > 100) {
            return new Refused("Incorrect user name or password.");
        }
        throttle.prepare(name, remoteAddress);
        SignInThrottle.Decision decision = throttle.reserve(name, remoteAddress);
        if (decision instanceof SignInThrottle.Throttled throttled) {
            LOG.warn("Sign-in for '{}' from {} refused before any check: {}", name, remoteAddress, throttled.message());
            return new Refused(throttled.message());
        }
        SignInThrottle.Reserved reserved = (SignInThrottle.Reserved) decision;
        Optional<Account> account = accounts.findByUsername(name).filter(Account::isEnabled);
        boolean ok;
        if (account.isPresent()) {
            ok = hasher.matches(password == null ? "" : password, account.get().getPasswordHash());
        } else {
            hasher.matchDecoy(password == null ? "" : password);
            ok = false;
        }
        throttle.finish(reserved, ok);
        if (!ok) {
            LOG.info("Failed sign-in for '{}' from {}", name, remoteAddress);
            return new Refused("Incorrect user name or password.");
        }
        Account a = account.get();
        LOG.info("'{}' signed in from {}", name, remoteAddress);
        return new SignedIn(new StaffPrincipal(a.getUsername(), a.getRole(), a.isMustChangePassword()));
    }

    /** An admin lets a user name sign in again: its failed attempts so far stop counting. */
    public void allowSignInAgain(StaffPrincipal by, String username) {
        if (!by.may(StaffRole.ADMIN)) {
            throw new NotPermittedException("Only an admin may allow sign-in again.");
        }
        throttle.clear(username, by.username());
        LOG.info("'{}' allowed sign-in again for '{}'", by.username(), username);
    }

    /** Failed sign-ins within the throttle's window, newest first (for admins). */
    public List<SignInAttempt> recentFailedSignIns(StaffPrincipal by) {
        if (!by.may(StaffRole.ADMIN)) {
            throw new NotPermittedException("Only an admin may see failed sign-ins.");
        }
        return throttle.recentFailures();
    }

    /** Changes the signed-in user's own password; the current one must be given. */
    @Transactional
    public StaffPrincipal changePassword(StaffPrincipal who, String current, String next) {
        Account account = accounts.findByUsername(who.username())
                .orElseThrow(() -> new NotPermittedException("Your account no longer exists."));
        if (!hasher.matches(current == null ? "" : current, account.getPasswordHash())) {
            throw new InvalidInputException("current", "The current password is not correct.");
        }
        checkPasswordRules("password", next, account.getUsername());
        if (hasher.matches(next, account.getPasswordHash())) {
            throw new InvalidInputException("password", "The new password must differ from the current one.");
        }
        account.setPasswordHash(hasher.hash(next));
        account.setMustChangePassword(false);
        Account saved = writer.update(RecordType.ACCOUNT, account, who.username());
        return new StaffPrincipal(saved.getUsername(), saved.getRole(), false);
    }

    /** Creates an account. Only an admin may, except for the very first one (actor {@code system}). */
    @Transactional
    public Account create(
            @Nullable StaffPrincipal by, String username, StaffRole role, String password, boolean mustChangePassword) {
        if (by != null && !by.may(StaffRole.ADMIN)) {
            throw new NotPermittedException("Only an admin may create accounts.");
        }
        if (by == null && accounts.count() > 0) {
            throw new NotPermittedException("Accounts are created by an admin.");
        }
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw new InvalidInputException(
                    "username",
                    "A user name is 2 to 100 lowercase letters, digits, dots, hyphens or underscores, starting with a letter or digit.");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new InvalidInputException("username", "The user name '" + name + "' is taken.");
        }
        checkPasswordRules("password", password, name);
        Account account = new Account();
        account.setUsername(name);
        account.setRole(role);
        account.setPasswordHash(hasher.hash(password));
        account.setMustChangePassword(mustChangePassword);
        return writer.create(RecordType.ACCOUNT, account, List.of(), Map.of(), by == null ? "system" : by.username());
    }

    /** An account with a random one-time password, returned once to show the admin; changed at first sign-in. */
    @Transactional
    public String createWithOneTimePassword(StaffPrincipal by, String username, StaffRole role) {
        String oneTime = oneTimePassword();
        create(by, username, role, oneTime, true);
        return oneTime;
    }

    public List<Account> list() {
        return accounts.findAll(io.micronaut.data.model.Pageable.from(
                        0, 1000, io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.asc("username"))))
                .getContent();
    }

    /** Changes another account's role or enabled flag; never leaves the tracker without an enabled admin. */
    @Transactional
    public Account change(StaffPrincipal by, long id, int version, StaffRole role, boolean enabled) {
        if (!by.may(StaffRole.ADMIN)) {
            throw new NotPermittedException("Only an admin may change accounts.");
        }
        Account account =
                accounts.findById(id).orElseThrow(() -> new InvalidInputException("account", "No such account."));
        account.setVersion(version);
        boolean wasActiveAdmin = account.isEnabled() && account.getRole() == StaffRole.ADMIN;
        boolean staysActiveAdmin = enabled && role == StaffRole.ADMIN;
        if (wasActiveAdmin && !staysActiveAdmin && accounts.countByRoleAndEnabled(StaffRole.ADMIN, true) <= 1) {
            throw new InvalidInputException(
                    "role", "This is the last enabled admin account; make another admin first.");
        }
        account.setRole(role);
        account.setEnabled(enabled);
        return writer.update(RecordType.ACCOUNT, account, by.username());
    }

    static String oneTimePassword() {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public boolean noAccountExists() {
        return accounts.count() == 0;
    }

    static void checkPasswordRules(String field, String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    field, "A password may have at most " + PasswordHasher.MAX_PASSWORD_LENGTH + " characters.");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInputException(field, "A password must not contain the user name.");
        }
    }
}
