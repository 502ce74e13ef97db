package org.civicdata.tracker.edge.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every public page shares: head (title, description, our one stylesheet), header with
 * navigation, {@link #main()} for the page's content, footer with the data's last update and the
 * downloads. Built as a jsoup DOM, so record text set with {@code text()} or {@code attr()} is
 * escaped by construction; nothing is concatenated into markup. Nothing is loaded from another host.
 */
final class SitePage {

    static final String SITE_NAME = "Jurisdiction policy tracker";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Document page;
    private final Element main;

    SitePage(String title, String description) {
        page = Document.createShell("");
        page.child(0).attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(title);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/site.css");
        head.appendElement("link")
                .attr("rel", "icon")
                .attr("type", "image/svg+xml")
                .attr("href", AssetController.FAVICON);
        Element body = page.body();
        body.appendElement("a").addClass("skip").attr("href", "#content").text("Skip to content");
        Element header = body.appendElement("header").addClass("site");
        header.appendElement("a").addClass("brand").attr("href", "/").text(SITE_NAME);
        Element nav = header.appendElement("nav").attr("aria-label", "Site");
        nav.appendElement("a").attr("href", "/").text("Map");
        nav.appendElement("a").attr("href", "/#table").text("Table");
        nav.appendElement("a").attr("href", "/changes").text("What changed");
        nav.appendElement("a").attr("href", "/codebook").text("Codebook");
        nav.appendElement("a").attr("href", "/api/docs").text("API");
        main = body.appendElement("main").id("content");
    }

    Element main() {
        return main;
    }

    Element head() {
        return page.head();
    }

    /** Adds one of our own scripts (deferred; every page works without it). */
    SitePage script(String path) {
        page.head().appendElement("script").attr("src", path).attr("defer", true);
        return this;
    }

    /** The footer: when the data last changed and where to download it (with the page's filters). */
    SitePage footer(Optional<Instant> lastUpdated, String downloadQuery) {
        Element footer = page.body().appendElement("footer").addClass("site");
        footer.appendElement("p")
                .text("Data last updated: "
                        + lastUpdated
                                .map(t -> DAY.format(t.atZone(ZoneOffset.UTC)))
                                .orElse("never") + ".");
        Element downloads = footer.appendElement("p").text("Download the data: ");
        String query = downloadQuery.isEmpty() ? "" : "?" + downloadQuery;
        downloads
                .appendElement("a")
                .attr("href", "/api/jurisdictions.csv" + query)
                .text("CSV");
        downloads.appendText(", ");
        downloads
                .appendElement("a")
                .attr("href", "/api/jurisdictions.geojson" + query)
                .text("GeoJSON");
        downloads.appendText(", ");
        downloads.appendElement("a").attr("href", "/api/jurisdictions" + query).text("JSON");
        downloads.appendText(". ");
        downloads.appendElement("a").attr("href", "/codebook").text("Codebook");
        downloads.appendText(", ");
        downloads.appendElement("a").attr("href", "/api/openapi.yml").text("OpenAPI");
        downloads.appendText(".");
        footer.appendElement("p")
                .text("Every value cites its source. The tracker records who said what, when, "
                        + "and where it was reported; it takes no side.");
        return this;
    }

    byte[] render() {
        page.outputSettings().prettyPrint(false);
        return ("<!DOCTYPE html>\n" + page.outerHtml()).getBytes(StandardCharsets.UTF_8);
    }
}
