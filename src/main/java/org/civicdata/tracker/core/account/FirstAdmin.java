package org.civicdata.tracker.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no account at all, creates the first admin: from ADMIN_USERNAME / ADMIN_PASSWORD when set,
 * or else user 'admin' with a random one-time password, printed once in the log and to be changed
 * at first sign-in. There is no default password anywhere in the code.
 */
@Singleton
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final @Nullable String password;

    FirstAdmin(
            AccountService accounts,
            @Value("${admin.username:admin}") String username,
            @Nullable @Value("${admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password == null || password.isEmpty() ? null : password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!accounts.noAccountExists()) {
            return;
        }
        if (password != null) {
            try {
                accounts.create(null, username, StaffRole.ADMIN, password, false);
            } catch (InvalidInputException e) {
                throw new IllegalStateException(
                        "ADMIN_USERNAME/ADMIN_PASSWORD refused (" + e.field() + "): " + e.getMessage());
            }
            LOG.info("Created the first admin account '{}' from ADMIN_USERNAME/ADMIN_PASSWORD", username);
            return;
        }
        String oneTime = AccountService.oneTimePassword();
        accounts.create(null, username, StaffRole.ADMIN, oneTime, true);
        LOG.warn(
                "Created the first admin account '{}' with the one-time password {} : sign in at /admin/login "
                        + "and choose a new one. This is the only time it is shown.",
                username,
                oneTime);
    }
}
