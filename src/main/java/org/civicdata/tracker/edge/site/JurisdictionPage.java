package org.civicdata.tracker.edge.site;

import java.util.Locale;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.PublishedRecords;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionDetail;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.jsoup.nodes.Element;

/**
 * The HTML of a jurisdiction's page ({@link JurisdictionPageController}): its heading, facts, the
 * as-of form, its notes and sources, then the sections of its attached records
 * ({@link AttachedRecordSections}) and a link to the same record as JSON.
 */
final class JurisdictionPage {

    private JurisdictionPage() {}

    /** The page of a published jurisdiction (the footer is added by {@link SitePages}). */
    static SitePage render(PublishedRecords.Page found) {
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
        page.head()
                .appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("title", j.name() + ": changes")
                .attr("href", "/j/" + j.slug() + "/feed.atom");
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
                AttachedRecordSections.fact(dl, fact.label(), fact.text());
            }
        }
        asOfForm(article, j);
        if (j.notes() != null) {
            article.appendElement("p").addClass("notes").text(j.notes());
        }
        AttachedRecordSections.sources(article, j.sources());

        AttachedRecordSections.appendAll(article, j);
        main.appendElement("p")
                .appendElement("a")
                .attr("href", "/api/jurisdictions/" + j.slug() + (j.asOf() == null ? "" : "?asOf=" + j.asOf()))
                .text("This record as JSON");
        return page;
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
}
