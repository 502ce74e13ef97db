package org.civicdata.tracker.record.policy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;

/** The value of one coded policy variable for a jurisdiction over a period. */
@MappedEntity("policy_position")
public class PolicyPosition extends PublishableRecord implements AttachedRecord {

    private Long jurisdictionId;
    private PolicyVariable variable;
    private PolicyValue value;

    @Nullable
    private LocalDate validFromOn;

    @Nullable
    private DatePrecision validFromPrecision;

    @Nullable
    private LocalDate validToOn;

    @Nullable
    private DatePrecision validToPrecision;

    @Override
    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public PolicyVariable getVariable() {
        return variable;
    }

    public void setVariable(PolicyVariable variable) {
        this.variable = variable;
    }

    public PolicyValue getValue() {
        return value;
    }

    public void setValue(PolicyValue value) {
        this.value = value;
    }

    public @Nullable LocalDate getValidFromOn() {
        return validFromOn;
    }

    public void setValidFromOn(@Nullable LocalDate validFromOn) {
        this.validFromOn = validFromOn;
    }

    public @Nullable DatePrecision getValidFromPrecision() {
        return validFromPrecision;
    }

    public void setValidFromPrecision(@Nullable DatePrecision validFromPrecision) {
        this.validFromPrecision = validFromPrecision;
    }

    public @Nullable LocalDate getValidToOn() {
        return validToOn;
    }

    public void setValidToOn(@Nullable LocalDate validToOn) {
        this.validToOn = validToOn;
    }

    public @Nullable DatePrecision getValidToPrecision() {
        return validToPrecision;
    }

    public void setValidToPrecision(@Nullable DatePrecision validToPrecision) {
        this.validToPrecision = validToPrecision;
    }
}
