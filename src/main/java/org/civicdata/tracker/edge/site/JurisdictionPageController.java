package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.PublicResponses;
import org.civicdata.tracker.edge.opendata.PublishedRecords;
import org.civicdata.tracker.edge.opendata.ResponseShapes.CourtCaseView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.DesignationView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.DojLetterView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.EventView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.FigureView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.FundingThreatView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionDetail;
import org.civicdata.tracker.edge.opendata.ResponseShapes.PositionView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.StatementView;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.statement.Venue;
import org.jsoup.nodes.Element;

/**
 * A jurisdiction's own page at {@code /j/{slug}}: everything published about it, each value with
 * its sources, server-rendered so it reads without JavaScript; {@code ?asOf=} shows it as it stood
 * on a date. The map's detail panel shows this page's {@code <main>}.
 */
@Controller("/j")
@Hidden
public class JurisdictionPageController {

    private final PublishedRecords records;
    private final PublicResponses responses;
    private final DataVersion dataVersion;

    JurisdictionPageController(PublishedRecords records, PublicResponses responses, DataVersion dataVersion) {
        this.records = records;
        this.responses = responses;
        this.dataVersion = dataVersion;
    }

    @Get(value = "/{slug}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, @PathVariable String slug) {
        LocalDate asOf = PublicQuery.asOfOnly(request.getParameters().asMap());
        return responses.respond(
                request,
                HomePageController.HTML,
                () -> records.isPublished(slug) ? null : notFound(slug),
                () -> render(records.findPage(slug, asOf)
                        .orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(
                                io.micronaut.http.HttpStatus.NOT_FOUND,
                                "No published jurisdiction has the slug '" + slug + "'"))));
    }

    private static io.micronaut.http.MutableHttpResponse<?> notFound(String slug) {
        SitePage page = new SitePage("Not found: " + SitePage.SITE_NAME, "No such jurisdiction.");
        page.main().appendElement("h1").text("No published jurisdiction has this address");
        page.main()
                .appendElement("p")
                .text("Nothing is published as '" + slug + "'. ")
                .appendElement("a")
                .attr("href", "/")
                .text("Back to the map");
        return HttpResponse.notFound(page.render()).contentType(HomePageController.HTML);
    }

    private byte[] render(PublishedRecords.Page found) {
        JurisdictionDetail j = found.detail();
        String kind = Coded.labelOf(JurisdictionKind.class, j.kind()).toLowerCase(Locale.ROOT);
        String stance = StanceStyle.of(j.stance()).label();
        SitePage page = new SitePage(
                j.name() + " (" + j.state() + "): " + stance + " | " + SitePage.SITE_NAME,
                j.name() + ", " + kind + " in " + j.state() + ". Stance: " + stance + ". "
                        + j.policyPositions().size() + " policy positions, "
                        + j.dojLetters().size() + " DOJ letters, "
                        + j.fundingThreats().size() + " funding threats, "
                        + j.statements().size()
                        + " statements, each with its source.");
        Element main = page.main();
        Element article = main.appendElement("article").addClass("jurisdiction").attr("data-slug", j.slug());
        article.appendElement("h1").text(j.name());
        Element facts = article.appendElement("p").addClass("facts");
        facts.appendText(Coded.labelOf(JurisdictionKind.class, j.kind()) + " in " + j.state());
        if (j.parent() != null) {
            facts.appendText(", part of ");
            facts.appendElement("a")
                    .attr("href", "/j/" + j.parent().slug())
                    .text(j.parent().name());
        }
        facts.appendText(". Stance " + (j.asOf() == null ? "today" : "on " + j.asOf()) + ": ");
        facts.appendElement("strong")
                .addClass(StanceStyle.of(j.stance()).cssClass())
                .text(stance);
        facts.appendText(".");
        if (!found.facts().isEmpty()) {
            // The fields the jurisdiction's description marks to be shown (JurisdictionFields), labelled.
            Element dl = article.appendElement("dl").addClass("record-facts");
            for (PublishedRecords.Fact fact : found.facts()) {
                fact(dl, fact.label(), fact.text());
            }
        }
        asOfForm(article, j);
        if (j.notes() != null) {
            article.appendElement("p").addClass("notes").text(j.notes());
        }
        sources(article, j.sources());

        Element positions = section(
                article, "positions", "Policy positions", j.policyPositions().isEmpty());
        if (!j.policyPositions().isEmpty()) {
            Element table = positions.appendElement("table").addClass("stack");
            header(table, "Policy", "Value", "From", "To", "Sources");
            Element body = table.appendElement("tbody");
            for (PositionView p : j.policyPositions()) {
                Element row = body.appendElement("tr");
                Element policy = row.appendElement("th").attr("scope", "row");
                policy.appendText(Coded.labelOf(PolicyVariable.class, p.variable()));
                policy.appendElement("small")
                        .text(PolicyVariable.valueOf(p.variable()).meaning());
                row.appendElement("td").attr("data-label", "Value").text(Coded.labelOf(PolicyValue.class, p.value()));
                row.appendElement("td").attr("data-label", "From").text(orUnknown(p.validFrom()));
                row.appendElement("td").attr("data-label", "To").text(p.validTo() == null ? "In force" : p.validTo());
                sources(row.appendElement("td"), p.sources());
            }
        }

        Element designations = section(
                article,
                "designations",
                "Designations, side by side",
                j.designations().isEmpty());
        if (!j.designations().isEmpty()) {
            Element table = designations.appendElement("table").addClass("stack");
            header(table, "Designated by", "Label", "Date", "Sources");
            Element body = table.appendElement("tbody");
            for (DesignationView d : j.designations()) {
                Element row = body.appendElement("tr");
                row.appendElement("th")
                        .attr("scope", "row")
                        .text(
                                d.designatorName() != null
                                        ? d.designatorName()
                                        : Coded.labelOf(Designator.class, d.designator()));
                row.appendElement("td").attr("data-label", "Label").text(d.label());
                row.appendElement("td").attr("data-label", "Date").text(orUnknown(d.designatedOn()));
                sources(row.appendElement("td"), d.sources());
            }
        }

        Element letters = section(
                article,
                "letters",
                "Department of Justice letters",
                j.dojLetters().isEmpty());
        for (DojLetterView l : j.dojLetters()) {
            Element item = letters.appendElement("div").addClass("item");
            item.appendElement("h3")
                    .text("Letter sent " + orUnknown(l.sentOn()) + (l.sender() == null ? "" : " by " + l.sender()));
            Element dl = item.appendElement("dl");
            fact(dl, "Status", Coded.labelOf(LetterStatus.class, l.status()));
            fact(dl, "Recipients", l.recipients());
            fact(dl, "Legal basis", l.legalBasis());
            fact(dl, "Deadline", l.deadline());
            fact(dl, "Response", l.responseOn());
            fact(dl, "Funding at stake", l.fundingAtStake());
            fact(dl, "Notes", l.notes());
            sources(item, l.sources());
        }

        Element threats = section(
                article,
                "threats",
                "Federal funding threats and court rulings",
                j.fundingThreats().isEmpty());
        for (FundingThreatView t : j.fundingThreats()) {
            Element item = threats.appendElement("div").addClass("item");
            item.appendElement("h3")
                    .text(t.issuingAuthority() + ": " + Coded.labelOf(ThreatInstrument.class, t.instrument())
                            + (t.announcedOn() == null ? "" : ", " + t.announcedOn()));
            Element dl = item.appendElement("dl");
            fact(dl, "Status", Coded.labelOf(ThreatStatus.class, t.status()));
            fact(dl, "Instrument", t.instrumentDetail());
            fact(dl, "Programme", t.programme());
            fact(
                    dl,
                    "Amount",
                    t.amountUsd() == null ? null : EventFigures.wording(null, t.amountUsd(), FigureUnit.USD));
            fact(dl, "Scope", t.scope());
            fact(dl, "Notes", t.notes());
            sources(item, t.sources());
            for (CourtCaseView c : t.courtCases()) {
                Element court = item.appendElement("div").addClass("court");
                court.appendElement("h4").text("Court: " + (c.name() == null ? "case" : c.name()));
                Element cdl = court.appendElement("dl");
                fact(cdl, "Court", c.court());
                fact(cdl, "Judge", c.judge());
                fact(cdl, "Ruling", c.rulingOn());
                fact(cdl, "Outcome", c.outcome());
                fact(cdl, "Summary", c.summary());
                sources(court, c.sources());
            }
        }

        Element statements =
                section(article, "statements", "Statements", j.statements().isEmpty());
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

        Element events = section(article, "events", "Events", j.events().isEmpty());
        for (EventView e : j.events()) {
            Element item = events.appendElement("div").addClass("item");
            item.appendElement("h3").text(e.title() + (e.occurredOn() == null ? "" : " (" + e.occurredOn() + ")"));
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
        main.appendElement("p")
                .appendElement("a")
                .attr("href", "/api/jurisdictions/" + j.slug() + (j.asOf() == null ? "" : "?asOf=" + j.asOf()))
                .text("This record as JSON");
        return page.footer(dataVersion.lastChange(), "").render();
    }

    private static void asOfForm(Element parent, JurisdictionDetail j) {
        Element form = parent.appendElement("form")
                .attr("method", "get")
                .attr("action", "/j/" + j.slug())
                .addClass("as-of");
        Element label = form.appendElement("label");
        label.appendElement("span").text("As it stood on ");
        label.appendElement("input").attr("type", "date").attr("name", "asOf").val(j.asOf() == null ? "" : j.asOf());
        form.appendElement("button").attr("type", "submit").text("Show");
        if (j.asOf() != null) {
            form.appendElement("a").attr("href", "/j/" + j.slug()).text("Today");
        }
    }

    private static Element section(Element article, String id, String title, boolean empty) {
        Element section = article.appendElement("section").id(id);
        section.appendElement("h2").text(title);
        if (empty) {
            section.appendElement("p").addClass("none").text("None recorded.");
        }
        return section;
    }

    private static void header(Element table, String... columns) {
        Element row = table.appendElement("thead").appendElement("tr");
        for (String c : columns) {
            row.appendElement("th").attr("scope", "col").text(c);
        }
    }

    private static void fact(Element dl, String term, String value) {
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
        if (sources.isEmpty()) {
            return;
        }
        Element list = parent.appendElement("ul").addClass("sources").attr("aria-label", "Sources");
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
