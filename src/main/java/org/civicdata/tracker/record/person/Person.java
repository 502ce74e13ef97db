package org.civicdata.tracker.record.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import org.civicdata.tracker.core.common.PublishableRecord;

/** Someone (or, with organization set, a body) whose statements are recorded. */
@MappedEntity("person")
public class Person extends PublishableRecord {

    private String name = "";

    @Nullable
    private String role;

    @Nullable
    private String office;

    @Nullable
    private String affiliation;

    private boolean organization;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
    }

    public @Nullable String getOffice() {
        return office;
    }

    public void setOffice(@Nullable String office) {
        this.office = office;
    }

    public @Nullable String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(@Nullable String affiliation) {
        this.affiliation = affiliation;
    }

    public boolean isOrganization() {
        return organization;
    }

    public void setOrganization(boolean organization) {
        this.organization = organization;
    }
}
