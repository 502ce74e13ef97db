package org.civicdata.tracker.record.designation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.record.jurisdiction.AttachedRecord;

/** A label someone applies to a jurisdiction (labels differ; all are kept side by side). */
@MappedEntity("designation")
public class Designation extends PublishableRecord implements AttachedRecord {

    private Long jurisdictionId;
    private Designator designator;

    @Nullable
    private String designatorName;

    private String label = "";

    @Nullable
    private LocalDate designatedOn;

    @Nullable
    private DatePrecision designatedPrecision;

    @Override
    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public Designator getDesignator() {
        return designator;
    }

    public void setDesignator(Designator designator) {
        this.designator = designator;
    }

    public @Nullable String getDesignatorName() {
        return designatorName;
    }

    public void setDesignatorName(@Nullable String designatorName) {
        this.designatorName = designatorName;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public @Nullable LocalDate getDesignatedOn() {
        return designatedOn;
    }

    public void setDesignatedOn(@Nullable LocalDate designatedOn) {
        this.designatedOn = designatedOn;
    }

    public @Nullable DatePrecision getDesignatedPrecision() {
        return designatedPrecision;
    }

    public void setDesignatedPrecision(@Nullable DatePrecision designatedPrecision) {
        this.designatedPrecision = designatedPrecision;
    }
}
