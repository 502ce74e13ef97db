package org.civicdata.tracker.edge.site;

import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.Codebook;
import org.jsoup.nodes.Element;

/** The codebook page: every field of the open data, its meaning and its allowed values. */
final class CodebookPage {

    private CodebookPage() {}

    static SitePage render() {
        SitePage page = new SitePage(
                "Codebook | " + SitePage.SITE_NAME,
                "Every field of the tracker's open data (JSON, CSV, GeoJSON): its meaning and allowed values.");
        Element main = page.main();
        main.appendElement("h1").text("Codebook");
        main.appendElement("p")
                .text("What each field of the downloads and the API means, and which values it takes. "
                        + "The machine-readable description of the API is the OpenAPI document.");
        main.appendElement("p").appendElement("a").attr("href", "/api/releases").text("Dated, citable releases");
        for (Codebook.Group group : Codebook.groups()) {
            Element section = main.appendElement("section");
            section.appendElement("h2").text(group.title());
            section.appendElement("p").text(group.description());
            Element table = section.appendElement("table").addClass("codebook").addClass("stack");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("scope", "col").text("Field");
            head.appendElement("th").attr("scope", "col").text("Meaning");
            head.appendElement("th").attr("scope", "col").text("Allowed values");
            Element body = table.appendElement("tbody");
            for (Codebook.Field field : group.fields()) {
                Element row = body.appendElement("tr");
                row.appendElement("th")
                        .attr("scope", "row")
                        .appendElement("code")
                        .text(field.name());
                row.appendElement("td").text(field.meaning());
                Element allowed = row.appendElement("td");
                if (!field.allowed().isEmpty()) {
                    allowed.attr("data-label", "Allowed values");
                    Element values = allowed.appendElement("dl").addClass("codes");
                    for (Coded value : field.allowed()) {
                        Element term = values.appendElement("dt");
                        term.appendElement("code").text(value.name());
                        term.appendText(" " + value.label());
                        values.appendElement("dd").text(value.meaning());
                    }
                }
            }
        }
        return page;
    }
}
