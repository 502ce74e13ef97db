package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;

/** A court case and ruling on a funding threat. */
@MappedEntity("court_case")
public class CourtCase extends PublishableRecord {

    private Long fundingThreatId;

    @Nullable
    private String name;

    @Nullable
    private String court;

    @Nullable
    private String judge;

    @Nullable
    private LocalDate rulingOn;

    @Nullable
    private DatePrecision rulingPrecision;

    @Nullable
    private String outcome;

    @Nullable
    private String summary;

    public Long getFundingThreatId() {
        return fundingThreatId;
    }

    public void setFundingThreatId(Long fundingThreatId) {
        this.fundingThreatId = fundingThreatId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getCourt() {
        return court;
    }

    public void setCourt(@Nullable String court) {
        this.court = court;
    }

    public @Nullable String getJudge() {
        return judge;
    }

    public void setJudge(@Nullable String judge) {
        this.judge = judge;
    }

    public @Nullable LocalDate getRulingOn() {
        return rulingOn;
    }

    public void setRulingOn(@Nullable LocalDate rulingOn) {
        this.rulingOn = rulingOn;
    }

    public @Nullable DatePrecision getRulingPrecision() {
        return rulingPrecision;
    }

    public void setRulingPrecision(@Nullable DatePrecision rulingPrecision) {
        this.rulingPrecision = rulingPrecision;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }
}
