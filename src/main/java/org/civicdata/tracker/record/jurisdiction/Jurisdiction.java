package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import org.civicdata.tracker.core.common.PublishableRecord;

/** A US state, county, city, consolidated city-county or territory. */
@MappedEntity("jurisdiction")
public class Jurisdiction extends PublishableRecord {

    private String slug = "";
    private String name = "";
    private JurisdictionKind kind;
    private String stateCode = "";

    @Nullable
    private String fips;

    @Nullable
    private BigDecimal latitude;

    @Nullable
    private BigDecimal longitude;

    @Nullable
    private Long parentId;

    @Nullable
    private Integer population;

    @Nullable
    private Integer populationYear;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public JurisdictionKind getKind() {
        return kind;
    }

    public void setKind(JurisdictionKind kind) {
        this.kind = kind;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public @Nullable String getFips() {
        return fips;
    }

    public void setFips(@Nullable String fips) {
        this.fips = fips;
    }

    public @Nullable BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable BigDecimal latitude) {
        this.latitude = latitude;
    }

    public @Nullable BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable BigDecimal longitude) {
        this.longitude = longitude;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public void setParentId(@Nullable Long parentId) {
        this.parentId = parentId;
    }

    public @Nullable Integer getPopulation() {
        return population;
    }

    public void setPopulation(@Nullable Integer population) {
        this.population = population;
    }

    public @Nullable Integer getPopulationYear() {
        return populationYear;
    }

    public void setPopulationYear(@Nullable Integer populationYear) {
        this.populationYear = populationYear;
    }
}
