package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every audited record carries: identity, optimistic-locking version, and who created and last
 * changed it and when. Only {@code audit.RecordWriter} sets the who/when fields.
 */
public abstract class TrackedRecord {

    /**
     * The bookkeeping fields: identity, version, who and when. Every write sets them itself; the audit
     * trail does not record them as fields (its entry says who and when).
     */
    public static final Set<String> BOOKKEEPING =
            Set.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy");

    /**
     * What no edit of a record's content changes: the bookkeeping, the publication state (its own actions)
     * and the seed key (the seed loader's). Forms, conflicts and reverts leave these alone.
     */
    public static final Set<String> NOT_EDITED = Stream.concat(
                    BOOKKEEPING.stream(), Stream.of("publicationState", "seedKey"))
            .collect(Collectors.toUnmodifiableSet());

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
