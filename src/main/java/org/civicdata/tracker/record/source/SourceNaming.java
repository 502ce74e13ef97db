package org.civicdata.tracker.record.source;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a source: its title. */
@Singleton
class SourceNaming implements RecordNaming<Source> {

    @Override
    public RecordType recordType() {
        return RecordType.SOURCE;
    }

    @Override
    public Class<Source> recordClass() {
        return Source.class;
    }

    @Override
    public String nameOf(Source r) {
        return r.getTitle();
    }
}
