package org.civicdata.tracker.edge.opendata;

import java.util.List;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.Codebook.Field;
import org.civicdata.tracker.edge.opendata.Codebook.Group;

/** The codebook's groups for what the open data offers besides the records: the change feed and the releases. */
final class CodebookServices {

    private CodebookServices() {}

    static Group changes() {
        return new Group(
                "Change (GET /api/changes, /feed.atom, /j/{slug}/feed.atom)",
                "A write the public could see, oldest first (the Atom feeds: 50 a page, newest first, paged as "
                        + "RFC 5005 says by before=<change id>, linked first, previous and next). A draft's edits "
                        + "never appear; only fields the public JSON shows. Parameters: since (a change id, or "
                        + "YYYY-MM-DD: from that day on, UTC), cursor (from next), state, kind, jurisdiction (a "
                        + "slug), limit (1 to 500, default 100); unknown ones get a 400.",
                List.of(
                        new Field("id", "The change's stable id (its audit entry's); give it as since."),
                        new Field(
                                "change",
                                "ADDED (published, or created published: every public field as new), CHANGED "
                                        + "(edited while published) or REMOVED (unpublished or deleted: "
                                        + "every public field as old)."),
                        new Field("at", "When it changed on the public record: the write's time, UTC."),
                        new Field(
                                "record",
                                "type (a record type code) and typeLabel, id, and jurisdictions: those it "
                                        + "is shown under, each slug, name (null if deleted since), state, kind.",
                                List.of(RecordType.values())),
                        new Field(
                                "title",
                                "The change in words, e.g. 'Chicago: DOJ letter status changed from Sent to Responded'."),
                        new Field(
                                "fields",
                                "Each public field that changed: field and label (as in the groups above), "
                                        + "from and to as the JSON carries them (codes as codes, dates as "
                                        + "text), fromLabel and toLabel as the page shows them. A list "
                                        + "(sources, an event's jurisdictions and figures, a status history) "
                                        + "is its number of entries. A reference (speaker, jurisdiction, "
                                        + "dojLetter, fundingThreat, parent) is the record's id in from/to, "
                                        + "its type in references, and, only if that record is published now, "
                                        + "fromRecord/toRecord (id, label, a jurisdiction's slug) with the "
                                        + "label as fromLabel/toLabel; else '(not published)'."),
                        new Field(
                                "sources",
                                "The sources the record cited after the change (before it, for REMOVED), "
                                        + "from the audit trail's sources field, those published now; "
                                        + "a record whose trail names none: its current published sources."),
                        new Field("next", "The next page's address (with its cursor), or null on the last.")));
    }

    static Group releases() {
        return new Group(
                "Release (GET /api/releases, /api/releases/{date}; files at /api/releases/{date}/{file})",
                "A dated, immutable copy of the published listing: jurisdictions.json, .csv and .geojson as the "
                        + "API gave them that day, datapackage.json (a Frictionless Data Package whose CSV Table "
                        + "Schema is built from this codebook), LICENSE.txt (CC BY 4.0) and SHA256SUMS. Its bytes "
                        + "never change; records keep their slug and FIPS code across releases.",
                List.of(
                        new Field("date", "The day (UTC) whose published data it holds, YYYY-MM-DD; one a day."),
                        new Field("howToCite", "Title, date and address to cite it by."),
                        new Field("licence", "SPDX identifier of the licence (CC-BY-4.0), with licenceUrl."),
                        new Field(
                                "files", "Each file's name, mediaType, bytes, sha256 (hex; also its ETag) and url.")));
    }
}
