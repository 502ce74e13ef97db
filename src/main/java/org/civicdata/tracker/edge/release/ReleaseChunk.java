package org.civicdata.tracker.edge.release;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A piece (at most {@link ReleaseBytes#CHUNK} bytes) of a release file's gzipped bytes. */
@MappedEntity("data_release_chunk")
public record ReleaseChunk(@Id @GeneratedValue @Nullable Long id, long fileId, int seq, byte[] content) {}
