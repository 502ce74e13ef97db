package org.civicdata.tracker.record.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;

/** Who said what, when and where, as a source reports it. */
@MappedEntity("statement")
public class Statement extends PublishableRecord implements AttachedRecord {

    private Long personId;

    @Nullable
    private Long jurisdictionId;

    private StatementKind kind;
    private String text = "";

    @Nullable
    private LocalDate saidOn;

    @Nullable
    private DatePrecision saidPrecision;

    private boolean saidOnInferred;

    @Nullable
    private Venue venue;

    @Nullable
    private String venueDetail;

    @Nullable
    private String reportedBy;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    @Override
    public @Nullable Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(@Nullable Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public StatementKind getKind() {
        return kind;
    }

    public void setKind(StatementKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public @Nullable LocalDate getSaidOn() {
        return saidOn;
    }

    public void setSaidOn(@Nullable LocalDate saidOn) {
        this.saidOn = saidOn;
    }

    public @Nullable DatePrecision getSaidPrecision() {
        return saidPrecision;
    }

    public void setSaidPrecision(@Nullable DatePrecision saidPrecision) {
        this.saidPrecision = saidPrecision;
    }

    public boolean isSaidOnInferred() {
        return saidOnInferred;
    }

    public void setSaidOnInferred(boolean saidOnInferred) {
        this.saidOnInferred = saidOnInferred;
    }

    public @Nullable Venue getVenue() {
        return venue;
    }

    public void setVenue(@Nullable Venue venue) {
        this.venue = venue;
    }

    public @Nullable String getVenueDetail() {
        return venueDetail;
    }

    public void setVenueDetail(@Nullable String venueDetail) {
        this.venueDetail = venueDetail;
    }

    public @Nullable String getReportedBy() {
        return reportedBy;
    }

    public void setReportedBy(@Nullable String reportedBy) {
        this.reportedBy = reportedBy;
    }
}
