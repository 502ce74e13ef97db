package org.civicdata.tracker.publicsite;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import org.civicdata.tracker.publicapi.PublicViews.JurisdictionSummary;
import org.civicdata.tracker.publicapi.PublishedRecords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The public home page: a plain server-rendered list of the published jurisdictions (the map comes
 * later). Built as a jsoup DOM, so every piece of record text is escaped by construction. Stateless:
 * no session, no cookie.
 */
@Controller
public class HomePageController {

    private final PublishedRecords records;

    HomePageController(PublishedRecords records) {
        this.records = records;
    }

    @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
    public String home() {
        List<JurisdictionSummary> jurisdictions = records.listJurisdictions();
        Document page = Document.createShell("");
        page.title("Jurisdiction policy tracker");
        page.child(0).attr("lang", "en");
        page.head().prependElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("meta").attr("name", "description")
                .attr("content", "Sanctuary policies, DOJ letters, funding threats and officials' statements for US jurisdictions, each with its source.");
        Element body = page.body();
        body.appendElement("h1").text("Jurisdiction policy tracker");
        body.appendElement("p").text("US jurisdictions' sanctuary policies, Department of Justice letters, federal funding "
                + "threats and court rulings, and officials' public statements. Every value cites its source.");
        Element data = body.appendElement("p").text("Open data: ");
        data.appendElement("a").attr("href", "/api/jurisdictions").text("all jurisdictions as JSON");
        Element table = body.appendElement("table");
        table.appendElement("caption").text(jurisdictions.size() + " published jurisdictions");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Jurisdiction", "State", "Kind", "Stance", "Statements", "Designations")) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (JurisdictionSummary j : jurisdictions) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").appendElement("a")
                    .attr("href", "/api/jurisdictions/" + j.slug()).text(j.name());
            row.appendElement("td").text(j.state());
            row.appendElement("td").text(label(j.kind()));
            row.appendElement("td").text(label(j.stance()));
            row.appendElement("td").text(String.valueOf(j.counts().statements()));
            row.appendElement("td").text(String.valueOf(j.counts().designations()));
        }
        page.outputSettings().prettyPrint(true);
        return "<!DOCTYPE html>\n" + page.outerHtml();
    }

    private static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
