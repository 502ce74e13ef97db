package org.civicdata.tracker.edge.release;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One file of a release as published: its bytes (gzipped in {@code chunks} pieces) hash to {@code sha256}. */
@MappedEntity("data_release_file")
public record ReleaseFile(
        @Id @GeneratedValue @Nullable Long id,
        long releaseId,
        int position,
        String name,
        String mediaType,
        long byteSize,
        String sha256,
        int chunks) {}
