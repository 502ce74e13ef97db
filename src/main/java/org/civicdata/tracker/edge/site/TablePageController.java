package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.PublicResponses;
import org.civicdata.tracker.edge.opendata.PublishedRecords;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.jsoup.nodes.Element;

/**
 * Every listed jurisdiction as a table, {@link JurisdictionTable#PAGE_ROWS} a page, by name, with
 * the map page's filters ({@code /table?state=CA&page=2}): what the map page links to when it has
 * too many to list. Plain links, no script; cached and revalidated like the map page.
 */
@Controller("/table")
@Hidden
public class TablePageController {

    private final PublishedRecords records;
    private final PublicResponses responses;
    private final DataVersion dataVersion;

    TablePageController(PublishedRecords records, PublicResponses responses, DataVersion dataVersion) {
        this.records = records;
        this.responses = responses;
        this.dataVersion = dataVersion;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> table(HttpRequest<?> request) {
        Map<String, List<String>> parameters =
                new LinkedHashMap<>(request.getParameters().asMap());
        List<String> pageParameter = parameters.remove("page");
        PublicQuery query = PublicQuery.parse(parameters);
        int page = page(pageParameter);
        return responses.respond(request, HomePageController.HTML, () -> render(query, page));
    }

    /** The page number: a whole number from 1; absent is 1. Past the last page is checked when rendering. */
    static int page(List<String> given) {
        if (given == null || given.stream().allMatch(String::isBlank)) {
            return 1;
        }
        if (given.size() > 1) {
            throw new InvalidInputException("page", "Parameter 'page' was given more than once.");
        }
        String text = given.get(0).strip();
        if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
            throw new InvalidInputException(
                    "page", "Parameter 'page' must be a whole number from 1, not '" + text + "'.");
        }
        return Integer.parseInt(text);
    }

    private byte[] render(PublicQuery query, int page) {
        List<JurisdictionSummary> items = records.listJurisdictions(query);
        int pages = Math.max(1, (items.size() + JurisdictionTable.PAGE_ROWS - 1) / JurisdictionTable.PAGE_ROWS);
        if (page > pages) {
            throw new InvalidInputException(
                    "page", "Parameter 'page' must be from 1 to " + pages + " for these filters, not " + page + ".");
        }
        String filters = query.toQueryString();
        SitePage sitePage = new SitePage(
                "The jurisdictions as a table, page " + page + " of " + pages + " | " + SitePage.SITE_NAME,
                "The jurisdictions the tracker lists, by name, with their stance, DOJ letters and funding threats.");
        Element main = sitePage.main();
        main.appendElement("h1").text("The jurisdictions as a table");
        Element intro = main.appendElement("p");
        intro.appendText(items.size() + " jurisdictions"
                + (query.isUnfiltered() ? "" : " match the filters (" + filters.replace("&", ", ") + ")")
                + (query.asOf() == null ? ", as of today. " : ", as of " + query.asOf() + ". "));
        intro.appendElement("a")
                .attr("href", "/" + (filters.isEmpty() ? "" : "?" + filters))
                .text("Back to the map");
        intro.appendText(". Every row is also in the downloads below.");
        pager(main, "Pages of the table", page, pages, p -> href(filters, p));
        int from = (page - 1) * JurisdictionTable.PAGE_ROWS;
        List<JurisdictionSummary> rows =
                items.subList(from, Math.min(items.size(), from + JurisdictionTable.PAGE_ROWS));
        String linkQuery = query.asOf() == null ? "" : "?asOf=" + query.asOf();
        JurisdictionTable.render(
                main,
                rows,
                rows.isEmpty()
                        ? "No jurisdictions match these filters"
                        : "Rows " + (from + 1) + " to " + (from + rows.size()) + " of " + items.size() + ", by name",
                linkQuery);
        pager(main, "Pages of the table", page, pages, p -> href(filters, p));
        return sitePage.footer(dataVersion.lastChange(), filters).render();
    }

    /** Previous, next, first and last page: links, so it works without a script and by keyboard. */
    static void pager(Element main, String label, int page, int pages, IntFunction<String> href) {
        Element nav = main.appendElement("nav").addClass("pager").attr("aria-label", label);
        nav.appendElement("span").text("Page " + page + " of " + pages);
        if (page > 1) {
            nav.appendElement("a").attr("href", href.apply(1)).text("First");
            nav.appendElement("a")
                    .attr("href", href.apply(page - 1))
                    .attr("rel", "prev")
                    .text("Previous");
        }
        if (page < pages) {
            nav.appendElement("a")
                    .attr("href", href.apply(page + 1))
                    .attr("rel", "next")
                    .text("Next");
            nav.appendElement("a").attr("href", href.apply(pages)).text("Last");
        }
    }

    static String href(String filters, int page) {
        String pageParameter = page == 1 ? "" : "page=" + page;
        String query =
                filters.isEmpty() ? pageParameter : pageParameter.isEmpty() ? filters : filters + "&" + pageParameter;
        return "/table" + (query.isEmpty() ? "" : "?" + query);
    }
}
