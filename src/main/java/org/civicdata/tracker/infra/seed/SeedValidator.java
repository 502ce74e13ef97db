package org.civicdata.tracker.infra.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicdata.tracker.infra.seed.SeedRecords.CourtCaseSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.DesignationSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.DojLetterSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.EventSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.FigureSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.FundingThreatSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.JurisdictionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.Keyed;
import org.civicdata.tracker.infra.seed.SeedRecords.PersonSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.PolicyPositionSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.SeedData;
import org.civicdata.tracker.infra.seed.SeedRecords.SourceSeed;
import org.civicdata.tracker.infra.seed.SeedRecords.StatementSeed;
import org.civicdata.tracker.record.designation.DesignationRules;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetterRules;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventRules;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.CourtCaseRules;
import org.civicdata.tracker.record.funding.FundingThreatRules;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRules;
import org.civicdata.tracker.record.person.PersonRules;
import org.civicdata.tracker.record.policy.PolicyPositionRules;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.SourceRules;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementRules;
import org.civicdata.tracker.record.statement.Venue;

/** Checks parsed seeds as a whole: keys, references, required fields, enumerations, dates. */
final class SeedValidator {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<String> problems = new ArrayList<>();
    private Set<String> sourceKeys = Set.of();
    private Set<String> slugs = Set.of();

    /** Stands for the id of a record a seed refers to by key (the key itself is checked separately). */
    private static final Long REFERENCED = 0L;

    /**
     * @param today the app clock's date: dates of things that happened may not be later
     * @return every problem found, each naming file, record and what is wrong; empty when loadable
     */
    static List<String> validate(SeedData data, LocalDate today) {
        SeedValidator v = new SeedValidator();
        v.sourceKeys = v.keys(SeedFiles.SOURCES, data.sources());
        v.slugs = v.keys(SeedFiles.JURISDICTIONS, data.jurisdictions());
        Set<String> people = v.keys(SeedFiles.PEOPLE, data.people());
        Set<String> letters = v.keys(SeedFiles.DOJ_LETTERS, data.dojLetters());
        v.keys(SeedFiles.STATEMENTS, data.statements());
        v.keys(SeedFiles.DESIGNATIONS, data.designations());
        v.keys(SeedFiles.POLICY_POSITIONS, data.policyPositions());
        v.keys(SeedFiles.FUNDING_THREATS, data.fundingThreats());
        v.keys(
                SeedFiles.FUNDING_THREATS + " (court_cases)",
                data.fundingThreats().stream()
                        .flatMap(
                                t -> t.courtCases() == null ? java.util.stream.Stream.empty() : t.courtCases().stream())
                        .toList());
        v.keys(SeedFiles.EVENTS, data.events());

        // Each record: first what only seeds have (keys, references, codes and dates as text), then, when
        // that reads cleanly, the type's own rules on the record as it would be written, as the form checks it.
        for (SourceSeed s : data.sources()) {
            SeedRecordCheck c = v.check(SeedFiles.SOURCES, s);
            c.date("published", s.published());
            c.rules(() -> SourceRules.check(SeedEntities.source(s), today));
        }
        for (JurisdictionSeed j : data.jurisdictions()) {
            SeedRecordCheck c = v.check(SeedFiles.JURISDICTIONS, j);
            c.oneOf("kind", j.kind(), JurisdictionKind.values());
            if (j.parent() != null && (j.parent().equals(j.slug()) || !v.slugs.contains(j.parent()))) {
                c.problem("parent", "unknown jurisdiction " + quoted(j.parent()));
            }
            c.sources();
            c.rules(() ->
                    JurisdictionRules.check(SeedEntities.jurisdiction(j, j.parent() == null ? null : REFERENCED)));
        }
        for (PersonSeed p : data.people()) {
            SeedRecordCheck c = v.check(SeedFiles.PEOPLE, p);
            c.sources();
            c.rules(() -> PersonRules.check(SeedEntities.person(p)));
        }
        for (StatementSeed s : data.statements()) {
            SeedRecordCheck c = v.check(SeedFiles.STATEMENTS, s);
            c.reference("speaker", s.speaker(), people, true);
            c.jurisdiction(s.jurisdiction(), false);
            c.oneOf("kind", s.kind(), StatementKind.values());
            c.date("said_on", s.saidOn());
            if (s.venue() != null) {
                c.oneOf("venue", s.venue(), Venue.values());
            }
            c.sources();
            c.rules(() -> StatementRules.check(SeedEntities.statement(s, REFERENCED, ref(s.jurisdiction())), today));
        }
        for (DesignationSeed d : data.designations()) {
            SeedRecordCheck c = v.check(SeedFiles.DESIGNATIONS, d);
            c.jurisdiction(d.jurisdiction(), true);
            c.oneOf("designator", d.designator(), Designator.values());
            c.date("designated_on", d.designatedOn());
            c.sources();
            c.rules(() -> DesignationRules.check(SeedEntities.designation(d, REFERENCED), today));
        }
        for (PolicyPositionSeed p : data.policyPositions()) {
            SeedRecordCheck c = v.check(SeedFiles.POLICY_POSITIONS, p);
            c.jurisdiction(p.jurisdiction(), true);
            c.oneOf("variable", p.variable(), PolicyVariable.values());
            c.oneOf("value", p.value(), PolicyValue.values());
            c.date("valid_from", p.validFrom());
            c.date("valid_to", p.validTo());
            c.sources();
            c.rules(() -> PolicyPositionRules.check(SeedEntities.position(p, REFERENCED), today));
        }
        for (DojLetterSeed l : data.dojLetters()) {
            SeedRecordCheck c = v.check(SeedFiles.DOJ_LETTERS, l);
            c.jurisdiction(l.jurisdiction(), false);
            c.oneOf("status", l.status(), LetterStatus.values());
            c.date("sent_on", l.sentOn());
            c.date("deadline", l.deadline());
            c.date("response_on", l.responseOn());
            c.sources();
            c.rules(() -> DojLetterRules.check(SeedEntities.letter(l, ref(l.jurisdiction())), today));
        }
        for (FundingThreatSeed t : data.fundingThreats()) {
            SeedRecordCheck c = v.check(SeedFiles.FUNDING_THREATS, t);
            c.jurisdiction(t.jurisdiction(), false);
            c.oneOf("instrument", t.instrument(), ThreatInstrument.values());
            c.oneOf("status", t.status(), ThreatStatus.values());
            c.reference("doj_letter", t.dojLetter(), letters, false);
            c.date("announced_on", t.announcedOn());
            c.sources();
            c.rules(() ->
                    FundingThreatRules.check(SeedEntities.threat(t, ref(t.jurisdiction()), ref(t.dojLetter())), today));
            for (CourtCaseSeed cc : t.courtCases() == null ? List.<CourtCaseSeed>of() : t.courtCases()) {
                SeedRecordCheck cc1 = v.check(SeedFiles.FUNDING_THREATS + " (court case of '" + t.key() + "')", cc);
                cc1.date("ruling_on", cc.rulingOn());
                cc1.sources();
                cc1.rules(() -> CourtCaseRules.check(SeedEntities.courtCase(cc, REFERENCED), today));
            }
        }
        for (EventSeed e : data.events()) {
            SeedRecordCheck c = v.check(SeedFiles.EVENTS, e);
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
            c.rules(() -> EventRules.check(SeedEntities.event(e), today));
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

    private SeedRecordCheck check(String file, Keyed record) {
        return new SeedRecordCheck(file + ", record '" + record.key() + "'", record, problems, sourceKeys, slugs);
    }

    /** The seed file's name for a field the rules name as the form does: saidOn is said_on, stateCode is state. */
    static String seedField(String formField) {
        return "stateCode".equals(formField)
                ? "state"
                : formField.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static Long ref(String key) {
        return key == null ? null : REFERENCED;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }
}
