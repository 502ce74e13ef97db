package org.civicdata.tracker.core.account;

import io.micronaut.data.annotation.MappedEntity;
import org.civicdata.tracker.core.common.TrackedRecord;

/** A staff member's account. The password is kept only as a bcrypt hash. */
@MappedEntity("account")
public class Account extends TrackedRecord {

    private String username = "";
    private String passwordHash = "";
    private StaffRole role = StaffRole.CONTRIBUTOR;
    private boolean enabled = true;
    private boolean mustChangePassword;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }
}
