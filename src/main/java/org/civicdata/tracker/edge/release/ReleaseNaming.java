package org.civicdata.tracker.edge.release;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a release: "Release of 2026-12-03". */
@Singleton
class ReleaseNaming extends RecordNaming.Of<DataRelease> {

    ReleaseNaming() {
        super(RecordType.RELEASE, DataRelease.class, r -> "Release of " + r.getReleaseDate());
    }
}
