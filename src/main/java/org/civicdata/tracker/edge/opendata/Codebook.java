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
import org.civicdata.tracker.record.designation.DesignationFields;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetterFields;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventFields;
import org.civicdata.tracker.record.event.EventFigureFields;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCaseFields;
import org.civicdata.tracker.record.funding.FundingThreatFields;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFields;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.person.PersonFields;
import org.civicdata.tracker.record.policy.PolicyPositionFields;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.source.SourceFields;
import org.civicdata.tracker.record.statement.StatementFields;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.Venue;

/**
 * The codebook of the open data: every field of the public listing and record, what it means and
 * which values it takes. Each record type's group is its field description ({@code JurisdictionFields},
 * {@code DesignationFields}...) plus what is attached to it; allowed values come from the enumerations
 * themselves, so the codebook cannot drift from the data. Shown at /codebook; docs/data-model.md explains the storage behind it.
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
            CaseStatus.class,
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

    private static final String DATE = RecordField.DATE_FORMAT;

    /** A record type's fields as its description lists them, then the given ones (what is attached to it). */
    private static List<Field> described(List<? extends RecordField<?>> fields, Field... after) {
        return described(List.of(), fields, after);
    }

    private static List<Field> described(List<Field> before, List<? extends RecordField<?>> fields, Field... after) {
        List<Field> all = new ArrayList<>(before);
        for (RecordField<?> field : fields) {
            all.add(new Field(field.name(), field.meaning(), field.allowed()));
        }
        all.addAll(List.of(after));
        return all;
    }

    /** A jurisdiction's own fields as {@link JurisdictionFields} describes them, then the derived ones. */
    private static List<Field> jurisdictionFields(List<Field> derived) {
        return described(JurisdictionFields.ALL, derived.toArray(Field[]::new));
    }

    /** A record type's statusHistory field. */
    private static Field history(String record) {
        return new Field(
                "statusHistory",
                "The " + record + "'s status history: each status it has had, oldest first, with the fields of the "
                        + "group Status history entry (with asOf, only the entries in effect on that date); status is "
                        + "its latest entry's.");
    }

    /** Every status a history entry may have: a letter's, a threat's and a court case's. */
    private static List<Coded> statuses() {
        List<Coded> all = new ArrayList<>(values(LetterStatus.values()));
        all.addAll(values(ThreatStatus.values()));
        all.addAll(values(CaseStatus.values()));
        return all;
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
                                                "Statuses of the DOJ letters it received; with asOf, of those sent on or before it, each "
                                                        + "letter's status on that date (its latest status history entry in effect; a letter "
                                                        + "with none in effect adds no status).",
                                                values(LetterStatus.values())),
                                        new Field(
                                                "fundingThreatStatuses",
                                                "Statuses of federal funding threats against it; with asOf, of those announced on or "
                                                        + "before it, each threat's status on that date, as for dojLetterStatuses.",
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
                        "Policy position (a jurisdiction's policyPositions)",
                        "A jurisdiction's coded position on one policy variable, for the period it is valid.",
                        described(PolicyPositionFields.ALL)),
                new Group(
                        "Designation",
                        "Who called the jurisdiction what (listed side by side: they often disagree).",
                        described(DesignationFields.ALL)),
                new Group(
                        "DOJ letter",
                        "A Department of Justice letter about the jurisdiction's compliance.",
                        described(DojLetterFields.ALL, history("letter"))),
                new Group(
                        "Funding threat",
                        "A threat to withhold federal funds, and rulings on it.",
                        described(
                                FundingThreatFields.ALL,
                                history("threat"),
                                new Field(
                                        "courtCases",
                                        "The court cases about the threat, each with the fields of the group Court case."))),
                new Group(
                        "Court case (a funding threat's courtCases)",
                        "A court case about a funding threat, and its ruling.",
                        described(
                                CourtCaseFields.ALL,
                                new Field(
                                        "status",
                                        "The case's status: its latest status history entry (with asOf, the latest in effect "
                                                + "then; null when none is).",
                                        values(CaseStatus.values())),
                                history("court case"))),
                new Group(
                        "Status history entry (statusHistory of a DOJ letter, funding threat or court case)",
                        "Each status the record has had, as its own dated, cited entry, oldest first (by effective "
                                + "date, undated first). Three dates are kept apart: effectiveOn (the status took effect), "
                                + "reportedOn (it was announced or reported), and the date the tracker recorded it, which "
                                + "is in the record's audit trail, not here. Entries are public exactly when their record is.",
                        List.of(
                                new Field(
                                        "status",
                                        "The status code (the record type's own statuses: a letter's, a threat's or a "
                                                + "court case's).",
                                        statuses()),
                                new Field("statusLabel", "The status in words."),
                                new Field(
                                        "effectiveOn",
                                        "When the status took effect (" + DATE + "); null if not known."),
                                new Field(
                                        "reportedOn",
                                        "When it was announced or reported (" + DATE + "); null if not known."),
                                new Field(
                                        "source",
                                        "The published source that reports the change, with the fields of the group "
                                                + "Source; null when it cites none or its source is not published."),
                                new Field("note", "A note on the entry."),
                                new Field(
                                        "migratedInitial",
                                        "true: made from the record's own status and dated by its own date (a letter's "
                                                + "sent date, a threat's announcement, a case's ruling) when status histories "
                                                + "began (migration V10) or when the record was seeded, not entered by staff."))),
                new Group(
                        "Statement",
                        "Who said what, when and where it was reported. The tracker takes no side.",
                        described(
                                List.of(new Field(
                                        "speaker",
                                        "The person or body who said it, with the fields of the group Speaker.")),
                                StatementFields.ALL)),
                new Group(
                        "Speaker (a statement's speaker)",
                        "The person or body a statement is by.",
                        described(PersonFields.ALL)),
                new Group(
                        "Event",
                        "Meetings, boycotts, counts and other dated events, with figures.",
                        described(
                                EventFields.ALL,
                                new Field(
                                        "figures",
                                        "Numbers the source gives, each with the fields of the group Event figure."))),
                new Group(
                        "Event figure (an event's figures)",
                        "A number an event reports.",
                        described(EventFigureFields.ALL)),
                new Group(
                        "Source",
                        "Every value above carries its sources.",
                        described(
                                SourceFields.ALL,
                                new Field(
                                        "sources",
                                        "On every record above: the published sources it cites, each with the fields of this group."),
                                new Field(
                                        "notes",
                                        "On every record above: notes on the record, such as how a date was inferred."))),
                CodebookServices.changes(),
                new Group(
                        "Filters (query parameters of /, /api/jurisdictions, .csv and .geojson)",
                        "Unknown parameters or values get a 400 that names the parameter. Empty values mean no filter.",
                        List.of(
                                new Field("stance", "Derived stance.", values(Stance.values())),
                                new Field("kind", "Kind of jurisdiction.", values(JurisdictionKind.values())),
                                new Field("state", "Two-letter state code."),
                                new Field(
                                        "letter",
                                        "Has a DOJ letter with this status (with asOf: its status on that date).",
                                        values(LetterStatus.values())),
                                new Field(
                                        "threat",
                                        "Has a funding threat with this status (with asOf: its status on that date).",
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
                                                + "(undated ones are left out; a month or year counts from its first day)."))),
                CodebookServices.releases());
    }
}
