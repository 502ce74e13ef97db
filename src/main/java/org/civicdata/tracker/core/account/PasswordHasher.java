package org.civicdata.tracker.core.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** bcrypt, by a well-kept library. The cost is configurable so tests need not pay for production's. */
@Singleton
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; the password rules keep passwords well inside that. */
    static final int MAX_PASSWORD_LENGTH = 64;

    private final int cost;
    /** Checked against when the user is unknown, so that case takes as long as a wrong password. */
    private final String decoy;

    public PasswordHasher(@Value("${tracker.security.bcrypt-cost:12}") int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-never-used");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of one check without a real hash. */
    public void matchDecoy(String password) {
        matches(password.length() > MAX_PASSWORD_LENGTH ? "" : password, decoy);
    }
}
