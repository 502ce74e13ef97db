package org.civicdata.tracker.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.designation.Designator;
import org.civicdata.tracker.dojletter.LetterStatus;
import org.civicdata.tracker.event.EventKind;
import org.civicdata.tracker.event.FigureQualifier;
import org.civicdata.tracker.event.FigureUnit;
import org.civicdata.tracker.funding.ThreatInstrument;
import org.civicdata.tracker.funding.ThreatStatus;
import org.civicdata.tracker.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.policy.PolicyValue;
import org.civicdata.tracker.policy.PolicyVariable;
import org.civicdata.tracker.seed.SeedRecords.CourtCaseSeed;
import org.civicdata.tracker.seed.SeedRecords.DesignationSeed;
import org.civicdata.tracker.seed.SeedRecords.DojLetterSeed;
import org.civicdata.tracker.seed.SeedRecords.EventSeed;
import org.civicdata.tracker.seed.SeedRecords.FigureSeed;
import org.civicdata.tracker.seed.SeedRecords.FundingThreatSeed;
import org.civicdata.tracker.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.seed.SeedRecords.Keyed;
import org.civicdata.tracker.seed.SeedRecords.PersonSeed;
import org.civicdata.tracker.seed.SeedRecords.PolicyPositionSeed;
import org.civicdata.tracker.seed.SeedRecords.SeedData;
import org.civicdata.tracker.seed.SeedRecords.SourceSeed;
import org.civicdata.tracker.seed.SeedRecords.StatementSeed;
import org.civicdata.tracker.statement.StatementKind;
import org.civicdata.tracker.statement.Venue;

/** Checks parsed seeds as a whole: keys, references, required fields, enumerations, dates. */
final class SeedValidator {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final List<String> problems = new ArrayList<>();
    private Set<String> sourceKeys = Set.of();
    private Set<String> slugs = Set.of();

    /** @return every problem found, each naming file, record and what is wrong; empty when loadable */
    static List<String> validate(SeedData data) {
        SeedValidator v = new SeedValidator();
        v.sourceKeys = v.keys(SeedFiles.SOURCES, data.sources());
        v.slugs = v.keys(SeedFiles.JURISDICTIONS, data.jurisdictions());
        Set<String> people = v.keys(SeedFiles.PEOPLE, data.people());
        Set<String> letters = v.keys(SeedFiles.DOJ_LETTERS, data.dojLetters());
        v.keys(SeedFiles.STATEMENTS, data.statements());
        v.keys(SeedFiles.DESIGNATIONS, data.designations());
        v.keys(SeedFiles.POLICY_POSITIONS, data.policyPositions());
        v.keys(SeedFiles.FUNDING_THREATS, data.fundingThreats());
        v.keys(SeedFiles.FUNDING_THREATS + " (court_cases)", data.fundingThreats().stream()
                .flatMap(t -> t.courtCases() == null ? java.util.stream.Stream.empty() : t.courtCases().stream()).toList());
        v.keys(SeedFiles.EVENTS, data.events());

        for (SourceSeed s : data.sources()) {
            Check c = v.check(SeedFiles.SOURCES, s);
            c.required("title", s.title());
            c.date("published", s.published());
        }
        for (JurisdictionSeed j : data.jurisdictions()) {
            Check c = v.check(SeedFiles.JURISDICTIONS, j);
            c.required("name", j.name());
            c.oneOf("kind", j.kind(), JurisdictionKind.values());
            if (j.state() == null || !STATE.matcher(j.state()).matches()) {
                c.problem("state", "must be a two-letter code like IL, was " + quoted(j.state()));
            }
            if (j.latitude() != null && j.latitude().abs().doubleValue() > 90) {
                c.problem("latitude", "must be between -90 and 90");
            }
            if (j.longitude() != null && j.longitude().abs().doubleValue() > 180) {
                c.problem("longitude", "must be between -180 and 180");
            }
            if (j.parent() != null && (j.parent().equals(j.slug()) || !v.slugs.contains(j.parent()))) {
                c.problem("parent", "unknown jurisdiction " + quoted(j.parent()));
            }
            c.sources();
        }
        for (PersonSeed p : data.people()) {
            Check c = v.check(SeedFiles.PEOPLE, p);
            c.required("name", p.name());
            c.sources();
        }
        for (StatementSeed s : data.statements()) {
            Check c = v.check(SeedFiles.STATEMENTS, s);
            c.reference("speaker", s.speaker(), people, true);
            c.jurisdiction(s.jurisdiction(), false);
            c.oneOf("kind", s.kind(), StatementKind.values());
            c.required("text", s.text());
            c.date("said_on", s.saidOn());
            if (s.venue() != null) {
                c.oneOf("venue", s.venue(), Venue.values());
            }
            c.sources();
        }
        for (DesignationSeed d : data.designations()) {
            Check c = v.check(SeedFiles.DESIGNATIONS, d);
            c.jurisdiction(d.jurisdiction(), true);
            c.oneOf("designator", d.designator(), Designator.values());
            c.required("label", d.label());
            c.date("designated_on", d.designatedOn());
            c.sources();
        }
        for (PolicyPositionSeed p : data.policyPositions()) {
            Check c = v.check(SeedFiles.POLICY_POSITIONS, p);
            c.jurisdiction(p.jurisdiction(), true);
            c.oneOf("variable", p.variable(), PolicyVariable.values());
            c.oneOf("value", p.value(), PolicyValue.values());
            PartialDate from = c.date("valid_from", p.validFrom());
            PartialDate to = c.date("valid_to", p.validTo());
            if (from != null && to != null && to.start().isBefore(from.start())) {
                c.problem("valid_to", "is before valid_from");
            }
            c.sources();
        }
        for (DojLetterSeed l : data.dojLetters()) {
            Check c = v.check(SeedFiles.DOJ_LETTERS, l);
            c.jurisdiction(l.jurisdiction(), false);
            if (l.jurisdiction() == null && isBlank(l.recipients())) {
                c.problem("recipients", "is required when no jurisdiction is given");
            }
            c.oneOf("status", l.status(), LetterStatus.values());
            c.date("sent_on", l.sentOn());
            c.date("deadline", l.deadline());
            c.date("response_on", l.responseOn());
            c.sources();
        }
        for (FundingThreatSeed t : data.fundingThreats()) {
            Check c = v.check(SeedFiles.FUNDING_THREATS, t);
            c.jurisdiction(t.jurisdiction(), false);
            if (t.jurisdiction() == null && isBlank(t.scope())) {
                c.problem("scope", "is required when no jurisdiction is given");
            }
            c.required("issuing_authority", t.issuingAuthority());
            c.oneOf("instrument", t.instrument(), ThreatInstrument.values());
            c.oneOf("status", t.status(), ThreatStatus.values());
            c.reference("doj_letter", t.dojLetter(), letters, false);
            if (t.amountUsd() != null && t.amountUsd().signum() < 0) {
                c.problem("amount_usd", "must not be negative");
            }
            c.date("announced_on", t.announcedOn());
            c.sources();
            for (CourtCaseSeed cc : t.courtCases() == null ? List.<CourtCaseSeed>of() : t.courtCases()) {
                Check cc1 = v.check(SeedFiles.FUNDING_THREATS + " (court case of '" + t.key() + "')", cc);
                cc1.date("ruling_on", cc.rulingOn());
                cc1.sources();
            }
        }
        for (EventSeed e : data.events()) {
            Check c = v.check(SeedFiles.EVENTS, e);
            c.required("title", e.title());
            c.oneOf("kind", e.kind(), EventKind.values());
            c.date("occurred_on", e.occurredOn());
            for (String slug : e.jurisdictions() == null ? List.<String>of() : e.jurisdictions()) {
                c.jurisdiction(slug, true);
            }
            List<FigureSeed> figures = e.figures() == null ? List.of() : e.figures();
            for (int i = 0; i < figures.size(); i++) {
                FigureSeed f = figures.get(i);
                if (f == null || isBlank(f.label())) {
                    c.problem("figures[" + i + "].label", "is required");
                } else {
                    c.oneOf("figures[" + i + "].unit", f.unit(), FigureUnit.values());
                    if (f.qualifier() != null) {
                        c.oneOf("figures[" + i + "].qualifier", f.qualifier(), FigureQualifier.values());
                    }
                }
            }
            c.sources();
        }
        return v.problems;
    }

    private Set<String> keys(String file, List<? extends Keyed> records) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Keyed record = records.get(i);
            String key = record == null ? null : record.key();
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add(file + ", record #" + (i + 1) + ": key/slug " + quoted(key)
                        + " must be lowercase letters, digits and single hyphens");
            } else if (!seen.add(key)) {
                problems.add(file + ", record '" + key + "': duplicate key/slug");
            }
        }
        return seen;
    }

    private Check check(String file, Keyed record) {
        return new Check(file + ", record '" + record.key() + "'", record);
    }

    private final class Check {
        private final String where;
        private final Keyed record;

        Check(String where, Keyed record) {
            this.where = where;
            this.record = record;
        }

        void problem(String field, String what) {
            problems.add(where + ": " + field + " " + what);
        }

        void required(String field, String value) {
            if (isBlank(value)) {
                problem(field, "is required");
            }
        }

        <E extends Enum<E>> void oneOf(String field, String value, E[] allowed) {
            Set<String> names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.toSet());
            if (value == null || !names.contains(value)) {
                problem(field, "must be one of " + Arrays.toString(allowed) + ", was " + quoted(value));
            }
        }

        PartialDate date(String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                problem(field, "is not a valid date: " + e.getMessage());
                return null;
            }
        }

        void reference(String field, String value, Set<String> known, boolean required) {
            if (value == null) {
                if (required) {
                    problem(field, "is required");
                }
            } else if (!known.contains(value)) {
                problem(field, "refers to unknown key " + quoted(value));
            }
        }

        void jurisdiction(String slug, boolean required) {
            reference("jurisdiction", slug, slugs, required);
        }

        void sources() {
            List<String> cited = record.sources();
            if (cited == null || cited.isEmpty()) {
                problem("sources", "needs at least one source (every value carries a citation)");
                return;
            }
            for (String key : cited) {
                if (!sourceKeys.contains(key)) {
                    problem("sources", "refers to unknown source " + quoted(key));
                }
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }

}
