package org.civicdata.tracker.core.account;

import java.io.Serializable;
import java.security.Principal;

/** A signed-in staff member, as kept in their HTTP session. */
public record StaffPrincipal(String username, StaffRole role, boolean mustChangePassword)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    public boolean may(StaffRole needed) {
        return role.includes(needed);
    }
}
