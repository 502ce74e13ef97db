package org.civicdata.tracker.edge.site;

import java.util.List;
import java.util.function.BiConsumer;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.ResponseShapes.CourtCaseView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.DojLetterView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.EventView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.FigureView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.FundingThreatView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionDetail;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.StatementView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.StatusChangeView;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.statement.Venue;
import org.jsoup.nodes.Element;

/**
 * The sections of a jurisdiction's page that list its published records (positions, designations,
 * letters, threats and their court cases, each with its status history, statements, events), and how a
 * value's facts and sources read.
 */
final class AttachedRecordSections {

    private AttachedRecordSections() {}

    /** The sections of the records attached to the jurisdiction, each empty one saying so. */
    static void appendAll(Element article, JurisdictionDetail j) {
        Element positions = section(article, "positions", "Policy positions", j.policyPositions());
        table(positions, j.policyPositions(), List.of("Policy", "Value", "From", "To", "Sources"), (row, p) -> {
            Element policy = row.appendElement("th").attr("scope", "row");
            policy.appendText(Coded.labelOf(PolicyVariable.class, p.variable()));
            policy.appendElement("small")
                    .text(PolicyVariable.valueOf(p.variable()).meaning());
            cell(row, "Value", Coded.labelOf(PolicyValue.class, p.value()));
            cell(row, "From", orUnknown(p.validFrom()));
            cell(row, "To", p.validTo() == null ? "In force" : p.validTo());
            sources(row.appendElement("td"), p.sources());
        });
        Element designations = section(article, "designations", "Designations, side by side", j.designations());
        table(designations, j.designations(), List.of("Designated by", "Label", "Date", "Sources"), (row, d) -> {
            row.appendElement("th")
                    .attr("scope", "row")
                    .text(
                            d.designatorName() != null
                                    ? d.designatorName()
                                    : Coded.labelOf(Designator.class, d.designator()));
            cell(row, "Label", d.label());
            cell(row, "Date", orUnknown(d.designatedOn()));
            sources(row.appendElement("td"), d.sources());
        });
        Element letters = section(article, "letters", "Department of Justice letters", j.dojLetters());
        for (DojLetterView l : j.dojLetters()) {
            Element item = item(
                    letters, "Letter sent " + orUnknown(l.sentOn()) + (l.sender() == null ? "" : " by " + l.sender()));
            Element dl = item.appendElement("dl");
            fact(dl, "Status", status(LetterStatus.class, l.status(), j.asOf()));
            fact(dl, "Recipients", l.recipients());
            fact(dl, "Legal basis", l.legalBasis());
            fact(dl, "Deadline", l.deadline());
            fact(dl, "Response", l.responseOn());
            fact(dl, "Funding at stake", l.fundingAtStake());
            fact(dl, "Notes", l.notes());
            statusHistory(item, l.statusHistory());
            sources(item, l.sources());
        }
        Element threats = section(article, "threats", "Federal funding threats and court rulings", j.fundingThreats());
        for (FundingThreatView t : j.fundingThreats()) {
            Element item = item(
                    threats,
                    t.issuingAuthority() + ": " + Coded.labelOf(ThreatInstrument.class, t.instrument())
                            + (t.announcedOn() == null ? "" : ", " + t.announcedOn()));
            Element dl = item.appendElement("dl");
            fact(dl, "Status", status(ThreatStatus.class, t.status(), j.asOf()));
            fact(dl, "Instrument", t.instrumentDetail());
            fact(dl, "Programme", t.programme());
            fact(
                    dl,
                    "Amount",
                    t.amountUsd() == null ? null : EventFigures.wording(null, t.amountUsd(), FigureUnit.USD));
            fact(dl, "Scope", t.scope());
            fact(dl, "Notes", t.notes());
            statusHistory(item, t.statusHistory());
            sources(item, t.sources());
            for (CourtCaseView c : t.courtCases()) {
                Element court = item.appendElement("div").addClass("court");
                court.appendElement("h4").text("Court: " + (c.name() == null ? "case" : c.name()));
                Element cdl = court.appendElement("dl");
                fact(cdl, "Status", status(CaseStatus.class, c.status(), j.asOf()));
                fact(cdl, "Court", c.court());
                fact(cdl, "Judge", c.judge());
                fact(cdl, "Ruling", c.rulingOn());
                fact(cdl, "Outcome", c.outcome());
                fact(cdl, "Summary", c.summary());
                statusHistory(court, c.statusHistory());
                sources(court, c.sources());
            }
        }
        Element statements = section(article, "statements", "Statements", j.statements());
        for (StatementView s : j.statements()) {
            Element figure = statements.appendElement("figure").addClass("statement");
            if (s.kind().equals("QUOTE")) {
                figure.appendElement("blockquote").appendElement("p").text("“" + s.text() + "”");
            } else {
                figure.appendElement("p").addClass("paraphrase").text("Paraphrase: " + s.text());
            }
            Element caption = figure.appendElement("figcaption");
            caption.appendElement("span").addClass("speaker").text(s.speaker().name());
            if (s.speaker().role() != null) {
                caption.appendText(", " + s.speaker().role());
            }
            caption.appendText(" · "
                    + (s.saidOn() == null ? "date unknown" : s.saidOn() + (s.saidOnInferred() ? " (inferred)" : "")));
            if (s.venue() != null) {
                caption.appendText(" · " + Coded.labelOf(Venue.class, s.venue())
                        + (s.venueDetail() == null ? "" : ": " + s.venueDetail()));
            }
            if (s.reportedBy() != null) {
                caption.appendText(" · reported by " + s.reportedBy());
            }
            sources(figure, s.sources());
        }
        Element events = section(article, "events", "Events", j.events());
        for (EventView e : j.events()) {
            Element item = item(events, e.title() + (e.occurredOn() == null ? "" : " (" + e.occurredOn() + ")"));
            if (e.description() != null) {
                item.appendElement("p").text(e.description());
            }
            if (!e.figures().isEmpty()) {
                Element list = item.appendElement("ul");
                for (FigureView f : e.figures()) {
                    list.appendElement("li")
                            .addClass("figure")
                            .text(EventFigures.line(
                                    f.label(),
                                    f.qualifier() == null ? null : FigureQualifier.valueOf(f.qualifier()),
                                    f.value(),
                                    FigureUnit.valueOf(f.unit()),
                                    f.period(),
                                    f.attributedTo()));
                }
            }
            sources(item, e.sources());
        }
    }

    /** A status's label; none known (no entry in effect on the date shown) says so. */
    private static <E extends Enum<E> & Coded> String status(Class<E> type, String code, String asOf) {
        return code != null ? Coded.labelOf(type, code) : "Not known" + (asOf == null ? "" : " on " + asOf);
    }

    /** A record's status history, oldest first: each status, since when, when reported, its note and source. */
    private static void statusHistory(Element item, List<StatusChangeView> history) {
        if (history.isEmpty()) {
            return;
        }
        item.appendElement("p").addClass("history-title").text("Status history");
        Element list = item.appendElement("ol").addClass("status-history").attr("aria-label", "Status history");
        for (StatusChangeView e : history) {
            Element entry = list.appendElement("li");
            entry.appendElement("strong").text(e.statusLabel());
            entry.appendText(", " + (e.effectiveOn() == null ? "date unknown" : "from " + e.effectiveOn())
                    + (e.reportedOn() == null ? "" : " (reported " + e.reportedOn() + ")")
                    + (e.migratedInitial() ? ", the record's own status and date" : "")
                    + (e.note() == null ? "" : ": " + e.note()));
            sources(entry, e.source() == null ? List.of() : List.of(e.source()), "entry-source");
        }
    }

    /** A section of the page; with no records it says so. */
    private static Element section(Element article, String id, String title, List<?> records) {
        Element section = article.appendElement("section").id(id);
        section.appendElement("h2").text(title);
        if (records.isEmpty()) {
            section.appendElement("p").addClass("none").text("None recorded.");
        }
        return section;
    }

    /** A table of the records, a row each that {@code row} fills (stacked on narrow screens); none without records. */
    private static <T> void table(Element section, List<T> records, List<String> columns, BiConsumer<Element, T> row) {
        if (records.isEmpty()) {
            return;
        }
        Element table = section.appendElement("table").addClass("stack");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String c : columns) {
            head.appendElement("th").attr("scope", "col").text(c);
        }
        Element body = table.appendElement("tbody");
        for (T record : records) {
            row.accept(body.appendElement("tr"), record);
        }
    }

    /** A cell of a stacked table, labelled with its column for narrow screens. */
    private static void cell(Element row, String column, String text) {
        row.appendElement("td").attr("data-label", column).text(text);
    }

    /** One record of a section, shown as an item under its heading. */
    private static Element item(Element section, String heading) {
        Element item = section.appendElement("div").addClass("item");
        item.appendElement("h3").text(heading);
        return item;
    }

    static void fact(Element dl, String term, String value) {
        if (value != null && !value.isBlank()) {
            dl.appendElement("dt").text(term);
            dl.appendElement("dd").text(value);
        }
    }

    private static String orUnknown(String date) {
        return date == null ? "Date unknown" : date;
    }

    /** A value's citations: title, publication, author, date, and a link when there is one. */
    static void sources(Element parent, List<SourceView> sources) {
        sources(parent, sources, "sources");
    }

    /** {@link #sources(Element, List)} as a list of this class (an entry's source is not a record's list of sources). */
    private static void sources(Element parent, List<SourceView> sources, String listClass) {
        if (sources.isEmpty()) {
            return;
        }
        Element list = parent.appendElement("ul").addClass(listClass).attr("aria-label", "Sources");
        for (SourceView s : sources) {
            Element item = list.appendElement("li");
            item.appendText("Source: ");
            if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                item.appendElement("a")
                        .addClass("source")
                        .attr("href", s.url())
                        .attr("rel", "noopener noreferrer")
                        .text(s.title());
            } else {
                item.appendElement("cite").addClass("source").text(s.title());
            }
            StringBuilder rest = new StringBuilder();
            if (s.publication() != null) {
                rest.append(", ").append(s.publication());
            }
            if (s.author() != null) {
                rest.append(", ").append(s.author());
            }
            if (s.published() != null) {
                rest.append(", ").append(s.published()).append(s.publishedInferred() ? " (inferred)" : "");
            }
            item.appendText(rest.toString());
        }
    }
}
