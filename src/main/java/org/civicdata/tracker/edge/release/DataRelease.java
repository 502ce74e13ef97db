package org.civicdata.tracker.edge.release;

import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.TrackedRecord;

/**
 * A dated, immutable release of the open data: the day it holds and the data version it was made
 * from (audit entries other than releases'). Written once with its files ({@link ReleaseFile}) and
 * never changed.
 */
@MappedEntity("data_release")
public class DataRelease extends TrackedRecord {

    private LocalDate releaseDate = LocalDate.EPOCH;
    private long dataVersion;

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    public long getDataVersion() {
        return dataVersion;
    }

    public void setDataVersion(long dataVersion) {
        this.dataVersion = dataVersion;
    }
}
