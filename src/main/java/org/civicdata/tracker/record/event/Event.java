package org.civicdata.tracker.record.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;

/** A dated happening tied to jurisdictions, with the figures reported. */
@MappedEntity("event")
public class Event extends PublishableRecord {

    private String title = "";
    private EventKind kind;

    @Nullable
    private LocalDate occurredOn;

    @Nullable
    private DatePrecision occurredPrecision;

    private boolean occurredOnInferred;

    @Nullable
    private String description;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public @Nullable LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(@Nullable LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public @Nullable DatePrecision getOccurredPrecision() {
        return occurredPrecision;
    }

    public void setOccurredPrecision(@Nullable DatePrecision occurredPrecision) {
        this.occurredPrecision = occurredPrecision;
    }

    public boolean isOccurredOnInferred() {
        return occurredOnInferred;
    }

    public void setOccurredOnInferred(boolean occurredOnInferred) {
        this.occurredOnInferred = occurredOnInferred;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }
}
