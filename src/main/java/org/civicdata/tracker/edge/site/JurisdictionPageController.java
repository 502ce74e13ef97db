package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import org.civicdata.tracker.edge.opendata.PublishedRecords;

/**
 * A jurisdiction's own page at {@code /j/{slug}}: everything published about it, each value with
 * its sources, server-rendered so it reads without JavaScript; {@code ?asOf=} shows it as it stood
 * on a date. The map's detail panel shows this page's {@code <main>}.
 */
@Controller("/j")
@Hidden
public class JurisdictionPageController {

    private final PublishedRecords records;
    private final SitePages pages;

    JurisdictionPageController(PublishedRecords records, SitePages pages) {
        this.records = records;
        this.pages = pages;
    }

    @Get(value = "/{slug}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, @PathVariable String slug) {
        return pages.respond(
                request,
                () -> records.isPublished(slug) ? null : notFound(slug),
                asOf -> JurisdictionPage.render(records.findPage(slug, asOf)
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
}
