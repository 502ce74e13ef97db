package org.civicdata.tracker.record.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;

/** A federal threat to a jurisdiction's funding (or to a described group of them). */
@MappedEntity("funding_threat")
public class FundingThreat extends PublishableRecord implements AttachedRecord {

    @Nullable
    private Long jurisdictionId;

    @Nullable
    private String scope;

    private String issuingAuthority = "";
    private ThreatInstrument instrument;

    @Nullable
    private String instrumentDetail;

    @Nullable
    private Long dojLetterId;

    @Nullable
    private String programme;

    @Nullable
    private BigDecimal amountUsd;

    private ThreatStatus status;

    @Nullable
    private LocalDate announcedOn;

    @Nullable
    private DatePrecision announcedPrecision;

    @Override
    public @Nullable Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(@Nullable Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public @Nullable String getScope() {
        return scope;
    }

    public void setScope(@Nullable String scope) {
        this.scope = scope;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public ThreatInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(ThreatInstrument instrument) {
        this.instrument = instrument;
    }

    public @Nullable String getInstrumentDetail() {
        return instrumentDetail;
    }

    public void setInstrumentDetail(@Nullable String instrumentDetail) {
        this.instrumentDetail = instrumentDetail;
    }

    public @Nullable Long getDojLetterId() {
        return dojLetterId;
    }

    public void setDojLetterId(@Nullable Long dojLetterId) {
        this.dojLetterId = dojLetterId;
    }

    public @Nullable String getProgramme() {
        return programme;
    }

    public void setProgramme(@Nullable String programme) {
        this.programme = programme;
    }

    public @Nullable BigDecimal getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(@Nullable BigDecimal amountUsd) {
        this.amountUsd = amountUsd;
    }

    public ThreatStatus getStatus() {
        return status;
    }

    public void setStatus(ThreatStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public void setAnnouncedOn(@Nullable LocalDate announcedOn) {
        this.announcedOn = announcedOn;
    }

    public @Nullable DatePrecision getAnnouncedPrecision() {
        return announcedPrecision;
    }

    public void setAnnouncedPrecision(@Nullable DatePrecision announcedPrecision) {
        this.announcedPrecision = announcedPrecision;
    }
}
