package org.civicdata.tracker.record.jurisdiction;

import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A jurisdiction's own fields, described once, in the order every output lists them: the codebook's
 * jurisdiction group, the open-data CSV's first columns (GeoJSON and JSON use the same names), the
 * staff CSV export and import, and the public page's labelled facts all come from this list
 * (docs/architecture.md, "How to add a field"). Fields derived for the public side (stance, policy
 * values in force, counts) are not stored on the jurisdiction and are described in the codebook.
 */
public final class JurisdictionFields {

    private JurisdictionFields() {}

    public static final List<RecordField<Jurisdiction>> ALL = List.of(
            RecordField.<Jurisdiction>text(
                            "slug",
                            "Slug",
                            "Stable identifier used in addresses: /j/{slug}, /api/jurisdictions/{slug}.",
                            Jurisdiction::getSlug,
                            Jurisdiction::setSlug)
                    .required(),
            RecordField.<Jurisdiction>text(
                            "name", "Name", "The jurisdiction's name.", Jurisdiction::getName, Jurisdiction::setName)
                    .required(),
            RecordField.<Jurisdiction, JurisdictionKind>code(
                            "kind",
                            "Kind",
                            "What sort of government it is.",
                            JurisdictionKind.class,
                            Jurisdiction::getKind,
                            Jurisdiction::setKind)
                    .required(),
            RecordField.<Jurisdiction>text(
                            "state",
                            "State",
                            "Two-letter USPS code of the state, district or territory.",
                            Jurisdiction::getStateCode,
                            Jurisdiction::setStateCode)
                    .formField("stateCode")
                    .required(),
            RecordField.<Jurisdiction>text(
                    "fips",
                    "FIPS",
                    "Census FIPS code: 2 digits for a state, 5 for a county, 7 for a place.",
                    Jurisdiction::getFips,
                    Jurisdiction::setFips),
            RecordField.<Jurisdiction>decimal(
                    "latitude",
                    "Latitude",
                    "Latitude of a city's marker (WGS 84 degrees). GeoJSON puts it in the geometry.",
                    Jurisdiction::getLatitude,
                    Jurisdiction::setLatitude),
            RecordField.<Jurisdiction>decimal(
                    "longitude",
                    "Longitude",
                    "Longitude of a city's marker (WGS 84 degrees). GeoJSON puts it in the geometry.",
                    Jurisdiction::getLongitude,
                    Jurisdiction::setLongitude),
            RecordField.<Jurisdiction>reference(
                    "parent",
                    "Parent",
                    "Slug of the jurisdiction it lies within, when tracked.",
                    Jurisdiction::getParentId,
                    Jurisdiction::setParentId),
            RecordField.<Jurisdiction>count(
                            "population",
                            "Population",
                            "How many people live there, as counted or estimated in populationYear by the record's sources. "
                                    + "Empty when no source gives it.",
                            Jurisdiction::getPopulation,
                            Jurisdiction::setPopulation)
                    .onPage(),
            RecordField.<Jurisdiction>year(
                            "populationYear",
                            "Population year",
                            "The year of the population count or estimate (YYYY). Given exactly when population is.",
                            Jurisdiction::getPopulationYear,
                            Jurisdiction::setPopulationYear)
                    .onPage());

    /** The field with this public name or CSV column. */
    public static Optional<RecordField<Jurisdiction>> named(String nameOrColumn) {
        return ALL.stream()
                .filter(f -> f.name().equals(nameOrColumn) || f.column().equals(nameOrColumn))
                .findFirst();
    }

    /** The CSV columns of the staff export and import, in order. */
    public static List<String> columns() {
        return ALL.stream().map(RecordField::column).toList();
    }
}
