package org.civicdata.tracker.record.source;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a source: its title. */
@Singleton
class SourceNaming extends RecordNaming.Of<Source> {

    SourceNaming() {
        super(RecordType.SOURCE, Source.class, Source::getTitle);
    }
}
