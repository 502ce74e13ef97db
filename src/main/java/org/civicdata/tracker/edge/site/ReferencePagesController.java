package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The open data's reference pages, the same on every date: the codebook ({@link CodebookPage}) and
 * the API's documentation ({@link ApiDocsPage}).
 */
@Controller
@Hidden
public class ReferencePagesController {

    private final SitePages pages;

    ReferencePagesController(SitePages pages) {
        this.pages = pages;
    }

    @Get(value = "/codebook", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> codebook(HttpRequest<?> request) {
        return pages.respond(request, CodebookPage::render);
    }

    @Get(value = "/api/docs", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> apiDocs(HttpRequest<?> request) {
        return pages.respond(request, ApiDocsPage::render);
    }
}
