package org.civicdata.tracker.edge.opendata;

import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.ReviewRequest;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFields;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.Venue;

/**
 * The codebook of the open data: every field of the public listing and record, what it means and
 * which values it takes. Allowed values come from the enumerations themselves, so the codebook
 * cannot drift from the data. Shown at /codebook; docs/data-model.md explains the storage behind it.
 */
public final class Codebook {

    private Codebook() {}

    /**
     * Every enumeration whose values people read, on the public side or in the staff UI: each is
     * {@link Coded}, so its labels and meanings live with its codes (a test checks this list and the
     * enumerations the records use).
     */
    public static final List<Class<? extends Coded>> CODED = List.of(
            JurisdictionKind.class,
            Stance.class,
            PolicyVariable.class,
            PolicyValue.class,
            Designator.class,
            LetterStatus.class,
            ThreatInstrument.class,
            ThreatStatus.class,
            StatementKind.class,
            Venue.class,
            EventKind.class,
            FigureUnit.class,
            FigureQualifier.class,
            PublicationState.class,
            DatePrecision.class,
            RecordType.class,
            AuditAction.class,
            StaffRole.class,
            ReviewRequest.State.class);

    /** A field; {@code allowed} are its coded values, each with its label and meaning. */
    public record Field(String name, String meaning, List<Coded> allowed) {
        Field(String name, String meaning) {
            this(name, meaning, List.of());
        }
    }

    public record Group(String title, String description, List<Field> fields) {}

    private static List<Coded> values(Coded[] values) {
        return List.of(values);
    }

    private static final String DATE =
            "A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY. Empty when unknown.";

    /** A jurisdiction's own fields as {@link JurisdictionFields} describes them, then the derived ones. */
    private static List<Field> jurisdictionFields(List<Field> derived) {
        List<Field> fields = new ArrayList<>();
        for (RecordField<Jurisdiction> field : JurisdictionFields.ALL) {
            fields.add(new Field(field.name(), field.meaning(), field.allowed()));
        }
        fields.addAll(derived);
        return fields;
    }

    public static List<Group> groups() {
        List<Field> policy = new ArrayList<>();
        for (PolicyVariable v : PolicyVariable.values()) {
            policy.add(new Field(
                    v.name(),
                    v.label() + ": " + v.meaning()
                            + (v.limitsCooperation()
                                    ? " YES points towards limiting cooperation."
                                    : " YES points towards cooperation."),
                    values(PolicyValue.values())));
        }
        return List.of(
                new Group(
                        "Jurisdiction (listing: JSON items, GeoJSON properties, CSV rows)",
                        "One row per published jurisdiction. CSV columns use the same names in snake case; policy "
                                + "variables are one column each (lower case), and lists are joined with |. A CSV text cell "
                                + "that starts with =, +, -, @, a tab or a carriage return (and is not a plain number such "
                                + "as -89.2) is written with a single quote (') in front, so that spreadsheets show it "
                                + "instead of running it as a formula; the staff CSV import removes that quote again.",
                        jurisdictionFields(
                                List.of(
                                        new Field(
                                                "stance",
                                                "Derived from the policy positions in force on the date shown (today, or asOf).",
                                                values(Stance.values())),
                                        new Field(
                                                "policy",
                                                "Each policy variable's value in force on the date shown (variables with none are absent).",
                                                values(PolicyValue.values())),
                                        new Field(
                                                "dojLetterStatuses",
                                                "Statuses of the DOJ letters it received (sent on or before asOf, when given).",
                                                values(LetterStatus.values())),
                                        new Field(
                                                "fundingThreatStatuses",
                                                "Statuses of federal funding threats against it (announced on or before asOf).",
                                                values(ThreatStatus.values())),
                                        new Field(
                                                "counts",
                                                "How many published policy positions (in force), designations, DOJ letters, funding threats, statements and events it has.")))),
                new Group(
                        "Policy variables",
                        "Coded positions; each has a value and the period it is valid for (validFrom, validTo: " + DATE
                                + ")",
                        policy),
                new Group(
                        "Designation",
                        "Who called the jurisdiction what (listed side by side: they often disagree).",
                        List.of(
                                new Field("designator", "Who designated it.", values(Designator.values())),
                                new Field("designatorName", "The designating body or person by name."),
                                new Field("label", "The label used, verbatim."),
                                new Field("designatedOn", DATE))),
                new Group(
                        "DOJ letter",
                        "A Department of Justice letter about the jurisdiction's compliance.",
                        List.of(
                                new Field("sentOn, deadline, responseOn", DATE),
                                new Field("sender", "Who signed or sent it."),
                                new Field(
                                        "recipients",
                                        "Whom it went to, as the source says (a letter to many jurisdictions is one record)."),
                                new Field("legalBasis", "The law or condition it invokes (e.g. 8 U.S.C. 1373)."),
                                new Field("status", "Its latest known status.", values(LetterStatus.values())),
                                new Field(
                                        "fundingAtStake",
                                        "The funding the letter puts at stake, as the source says."))),
                new Group(
                        "Funding threat and court case",
                        "A threat to withhold federal funds, and rulings on it.",
                        List.of(
                                new Field("issuingAuthority", "Who made the threat."),
                                new Field("instrument", "How it was made.", values(ThreatInstrument.values())),
                                new Field(
                                        "instrumentDetail, scope",
                                        "How it was made and whom it threatens, in the source's words."),
                                new Field(
                                        "programme, amountUsd",
                                        "Which funding, and how much in US dollars, when known."),
                                new Field("status", "Where it stands.", values(ThreatStatus.values())),
                                new Field("announcedOn, rulingOn", DATE),
                                new Field(
                                        "courtCases",
                                        "Court, judge, ruling date, outcome and summary of each case about the threat."))),
                new Group(
                        "Statement",
                        "Who said what, when and where it was reported. The tracker takes no side.",
                        List.of(
                                new Field(
                                        "kind",
                                        "Whether the text is the speaker's own words.",
                                        values(StatementKind.values())),
                                new Field("text", "The quote or paraphrase. Shown as text, never as markup."),
                                new Field("speaker", "Name, role, office and affiliation of the person or body."),
                                new Field(
                                        "saidOn",
                                        DATE
                                                + " saidOnInferred is true when the date comes from the report, not the statement."),
                                new Field(
                                        "saidOnInferred",
                                        "True when the date comes from the report, not the statement."),
                                new Field("venue", "Where it was said.", values(Venue.values())),
                                new Field("venueDetail", "Where it was said, in the source's words."),
                                new Field("reportedBy", "Who reported it, when not the speaker."))),
                new Group(
                        "Event",
                        "Meetings, boycotts, counts and other dated events, with figures.",
                        List.of(
                                new Field("kind", "What happened.", values(EventKind.values())),
                                new Field("title, description", "What happened, in the source's words."),
                                new Field("occurredOn", DATE),
                                new Field("occurredOnInferred", "True when the date was inferred from the report."),
                                new Field(
                                        "figures",
                                        "Numbers the source gives: label, value, qualifier, unit, period, attributed to.",
                                        values(FigureUnit.values())),
                                new Field(
                                        "figures.qualifier",
                                        "How exact the number is.",
                                        values(FigureQualifier.values())))),
                new Group(
                        "Source",
                        "Every value above carries its sources.",
                        List.of(
                                new Field("title, publication, author, url", "The citation."),
                                new Field("published", DATE + " publishedInferred is true when the date was inferred."),
                                new Field("publishedInferred", "True when the date published was inferred."),
                                new Field(
                                        "seedDocument",
                                        "For the first records: the file in seeds/documents/ they were copied from."),
                                new Field(
                                        "sources",
                                        "On every record above: the published sources it cites, each with the fields of this group."),
                                new Field(
                                        "notes",
                                        "On every record above: notes on the record, such as how a date was inferred."))),
                new Group(
                        "Filters (query parameters of /, /api/jurisdictions, .csv and .geojson)",
                        "Unknown parameters or values get a 400 that names the parameter. Empty values mean no filter.",
                        List.of(
                                new Field("stance", "Derived stance.", values(Stance.values())),
                                new Field("kind", "Kind of jurisdiction.", values(JurisdictionKind.values())),
                                new Field("state", "Two-letter state code."),
                                new Field(
                                        "letter", "Has a DOJ letter with this status.", values(LetterStatus.values())),
                                new Field(
                                        "threat",
                                        "Has a funding threat with this status.",
                                        values(ThreatStatus.values())),
                                new Field(
                                        "self_declared_sanctuary … info_sharing_limits",
                                        "A policy variable (lower case) and the value it must have in force.",
                                        values(PolicyValue.values())),
                                new Field("q", "Words the name contains (any case)."),
                                new Field(
                                        "asOf",
                                        "YYYY-MM-DD. The data as it stood on that date, by the records' own dates: positions in force "
                                                + "then, and letters, threats, rulings, statements, designations and events dated on or before it "
                                                + "(undated ones are left out; a month or year counts from its first day)."))));
    }
}
