package org.civicdata.tracker.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * What every audited record carries: identity, optimistic-locking version, and who created and last
 * changed it and when. Only {@code audit.RecordWriter} sets the who/when fields.
 */
public abstract class TrackedRecord {

    @Id
    @GeneratedValue
    @Nullable
    private Long id;
    @Version
    @Nullable
    private Integer version;
    @Nullable
    private Instant createdAt;
    @Nullable
    private String createdBy;
    @Nullable
    private Instant updatedAt;
    @Nullable
    private String updatedBy;

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(@Nullable Instant createdAt) {
        this.createdAt = createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(@Nullable String createdBy) {
        this.createdBy = createdBy;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(@Nullable Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(@Nullable String updatedBy) {
        this.updatedBy = updatedBy;
    }

}
