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
                        described(DojLetterFields.ALL)),
                new Group(
                        "Funding threat",
                        "A threat to withhold federal funds, and rulings on it.",
                        described(
                                FundingThreatFields.ALL,
                                new Field(
                                        "courtCases",
                                        "The court cases about the threat, each with the fields of the group Court case."))),
                new Group(
                        "Court case (a funding threat's courtCases)",
                        "A court case about a funding threat, and its ruling.",
                        described(CourtCaseFields.ALL)),
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
                                                + "(undated ones are left out; a month or year counts from its first day)."))),
                new Group(
                        "Release (GET /api/releases, /api/releases/{date}; files at /api/releases/{date}/{file})",
                        "A dated, immutable copy of the published listing: jurisdictions.json, .csv and .geojson as the "
                                + "API gave them that day, datapackage.json (a Frictionless Data Package whose CSV Table "
                                + "Schema is built from this codebook), LICENSE.txt (CC BY 4.0) and SHA256SUMS. Its bytes "
                                + "never change; records keep their slug and FIPS code across releases.",
                        List.of(
                                new Field(
                                        "date", "The day (UTC) whose published data it holds, YYYY-MM-DD; one a day."),
                                new Field("howToCite", "Title, date and address to cite it by."),
                                new Field("licence", "SPDX identifier of the licence (CC-BY-4.0), with licenceUrl."),
                                new Field(
                                        "files",
                                        "Each file's name, mediaType, bytes, sha256 (hex; also its ETag) and url."))));
    }
}
