package org.civicdata.tracker.publicapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.civicdata.tracker.publicapi.PublicViews.ApiError;
import org.civicdata.tracker.publicapi.PublicViews.JurisdictionList;

/** The public, read-only JSON API over published jurisdictions. */
@Controller("/api/jurisdictions")
public class JurisdictionApiController {

    private final PublishedRecords records;

    JurisdictionApiController(PublishedRecords records) {
        this.records = records;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public JurisdictionList list() {
        return new JurisdictionList(records.listJurisdictions());
    }

    @Get(value = "/{slug}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> show(@PathVariable String slug) {
        return records.findJurisdiction(slug)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound(new ApiError("not_found",
                        "No published jurisdiction has the slug '" + slug + "'", slug)));
    }
}
