package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.UsState;

/**
 * What a jurisdiction must be, checked the same way for the staff form, the CSV import and the seed
 * loader. Field names are the form's; each caller maps them to where it shows a problem.
 */
public final class JurisdictionRules {

    /** The shape of a slug: lowercase letters and digits joined by single hyphens. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private JurisdictionRules() {}

    /**
     * The input as the form, the import and the seeds all store it, in place: slug and FIPS trimmed, the
     * state code trimmed and upper-cased ({@link UsState#normalise}), a blank FIPS none.
     */
    public static void normalise(Jurisdiction j) {
        j.setSlug(j.getSlug() == null ? "" : j.getSlug().trim());
        j.setStateCode(UsState.normalise(j.getStateCode()));
        j.setFips(
                j.getFips() == null || j.getFips().isBlank()
                        ? null
                        : j.getFips().trim());
    }

    /** {@link #normalise Normalises} the input in place, then returns every problem left. */
    public static List<FieldProblem> check(Jurisdiction j) {
        normalise(j);
        FieldProblems problems = new FieldProblems();
        problems.required("name", j.getName(), "Name: a name is required.");
        if (!j.getSlug().matches(SLUG) || j.getSlug().length() > 100) {
            problems.add(
                    "slug",
                    "Slug: '" + j.getSlug() + "' is not lowercase letters and digits joined by single "
                            + "hyphens, name then state, e.g. chicago-il.");
        }
        problems.required("kind", j.getKind(), "Kind: choose a kind.");
        Optional<UsState> state = UsState.byCode(j.getStateCode());
        if (state.isEmpty()) {
            problems.add(
                    "stateCode",
                    "State: '" + j.getStateCode() + "' is not the USPS code of a US state, DC or "
                            + "territory (e.g. IL, DC, PR).");
        }
        if (j.getFips() != null) {
            fips(j.getFips(), j.getKind(), state.orElse(null), problems);
        }
        range("latitude", "Latitude", j.getLatitude(), 90, problems);
        range("longitude", "Longitude", j.getLongitude(), 180, problems);
        if (j.getPopulation() != null && j.getPopulation() < 0) {
            problems.add("population", "Population: " + j.getPopulation() + " is below zero.");
        }
        if (j.getPopulationYear() != null && (j.getPopulationYear() < 1790 || j.getPopulationYear() > 2100)) {
            problems.add(
                    "populationYear",
                    "Population year: " + j.getPopulationYear()
                            + " is not a year from 1790 (the first US census) to 2100.");
        }
        if (j.getPopulation() != null && j.getPopulationYear() == null) {
            problems.add("populationYear", "Population year: give the year of the population count or estimate.");
        } else if (j.getPopulation() == null && j.getPopulationYear() != null) {
            problems.add(
                    "population",
                    "Population: give the population counted or estimated in " + j.getPopulationYear()
                            + ", or leave the year empty.");
        }
        if (j.getParentId() != null && j.getParentId().equals(j.getId())) {
            problems.add("parent", "Parent: a jurisdiction cannot be its own parent.");
        }
        return problems.list();
    }

    /** 2 digits for a state or territory (its own code), 5 for a county, 7 for a place; always the state's first. */
    private static void fips(
            String fips, @Nullable JurisdictionKind kind, @Nullable UsState state, FieldProblems problems) {
        List<Integer> lengths = kind == null
                ? List.of(2, 5, 7)
                : switch (kind) {
                    case STATE, TERRITORY -> List.of(2);
                    case COUNTY -> List.of(5);
                    case CITY -> List.of(7);
                    case CONSOLIDATED_CITY_COUNTY -> List.of(5, 7);
                };
        if (!fips.matches("\\d+") || !lengths.contains(fips.length())) {
            problems.add(
                    "fips",
                    "FIPS: '" + fips + "' is not a FIPS code" + (kind == null ? "" : " for this kind")
                            + ": 2 digits for a state or territory, 5 for a county, 7 for a place (keep leading zeros).");
        } else if (state != null && !fips.startsWith(state.fips())) {
            problems.add(
                    "fips",
                    "FIPS: '" + fips + "' does not start with " + state.fips() + ", the code of " + state.stateName()
                            + ".");
        }
    }

    private static void range(
            String field, String label, @Nullable BigDecimal value, int limit, FieldProblems problems) {
        if (value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.add(
                    field,
                    label + ": " + FieldProblems.shown(value) + " is not between -" + limit + " and " + limit + ".");
        }
    }
}
