package org.civicdata.tracker.record.dojletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;

/** A Department of Justice letter to a jurisdiction (or to many, described in recipients) and what came of it. */
@MappedEntity("doj_letter")
public class DojLetter extends PublishableRecord implements AttachedRecord {

    @Nullable
    private Long jurisdictionId;

    @Nullable
    private String recipients;

    @Nullable
    private LocalDate sentOn;

    @Nullable
    private DatePrecision sentPrecision;

    @Nullable
    private String sender;

    @Nullable
    private String legalBasis;

    @Nullable
    private LocalDate deadlineOn;

    @Nullable
    private DatePrecision deadlinePrecision;

    private LetterStatus status;

    @Nullable
    private LocalDate responseOn;

    @Nullable
    private DatePrecision responsePrecision;

    @Nullable
    private String fundingAtStake;

    @Override
    public @Nullable Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(@Nullable Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public @Nullable String getRecipients() {
        return recipients;
    }

    public void setRecipients(@Nullable String recipients) {
        this.recipients = recipients;
    }

    public @Nullable LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(@Nullable LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public @Nullable DatePrecision getSentPrecision() {
        return sentPrecision;
    }

    public void setSentPrecision(@Nullable DatePrecision sentPrecision) {
        this.sentPrecision = sentPrecision;
    }

    public @Nullable String getSender() {
        return sender;
    }

    public void setSender(@Nullable String sender) {
        this.sender = sender;
    }

    public @Nullable String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(@Nullable String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public @Nullable LocalDate getDeadlineOn() {
        return deadlineOn;
    }

    public void setDeadlineOn(@Nullable LocalDate deadlineOn) {
        this.deadlineOn = deadlineOn;
    }

    public @Nullable DatePrecision getDeadlinePrecision() {
        return deadlinePrecision;
    }

    public void setDeadlinePrecision(@Nullable DatePrecision deadlinePrecision) {
        this.deadlinePrecision = deadlinePrecision;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public void setStatus(LetterStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getResponseOn() {
        return responseOn;
    }

    public void setResponseOn(@Nullable LocalDate responseOn) {
        this.responseOn = responseOn;
    }

    public @Nullable DatePrecision getResponsePrecision() {
        return responsePrecision;
    }

    public void setResponsePrecision(@Nullable DatePrecision responsePrecision) {
        this.responsePrecision = responsePrecision;
    }

    public @Nullable String getFundingAtStake() {
        return fundingAtStake;
    }

    public void setFundingAtStake(@Nullable String fundingAtStake) {
        this.fundingAtStake = fundingAtStake;
    }
}
