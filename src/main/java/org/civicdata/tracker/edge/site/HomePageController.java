package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.lang.ref.WeakReference;
import java.util.List;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.PublicResponses;
import org.civicdata.tracker.edge.opendata.PublishedRecords;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.UsAtlas;

/**
 * The public map page at {@code /} ({@link MapPage} draws it): filters (a plain GET form, so the
 * URL holds them), the map, its legend, and the same jurisdictions as a table. Stateless and cacheable: no session, no
 * cookie, ETag revalidation; our one small script only makes it quicker to use.
 */
@Controller
@Hidden
public class HomePageController {

    static final MediaType HTML = MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8");

    private final PublishedRecords records;
    private final PublicResponses responses;
    private final UsAtlas atlas;
    private final DataVersion dataVersion;
    private final MapTimeControl time;

    HomePageController(
            PublishedRecords records,
            PublicResponses responses,
            UsAtlas atlas,
            DataVersion dataVersion,
            MapTimeControl time) {
        this.records = records;
        this.responses = responses;
        this.atlas = atlas;
        this.dataVersion = dataVersion;
        this.time = time;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> home(HttpRequest<?> request) {
        PublicQuery query = PublicQuery.parse(request.getParameters().asMap());
        return responses.respond(request, HTML, () -> {
            List<JurisdictionSummary> all = all();
            List<JurisdictionSummary> items =
                    query.isUnfiltered() && query.asOf() == null ? all : records.listJurisdictions(query);
            return MapPage.render(atlas, all, items, query, time.steps(query.state()), dataVersion.lastChange());
        });
    }

    /** The summaries of the listing last drawn, with that listing (kept by PublishedRecords per data version and day). */
    private record Summaries(WeakReference<List<PublishedRecords.Listed>> of, List<JurisdictionSummary> all) {}

    private volatile Summaries summaries = new Summaries(new WeakReference<>(null), List.of());

    /**
     * Every published jurisdiction: the same list as long as the listing is the same, so that what
     * {@link MapPage} derives from it (the state filter's choices) is made once per listing, not per render.
     */
    private List<JurisdictionSummary> all() {
        List<PublishedRecords.Listed> listed = records.list(PublicQuery.ALL);
        Summaries kept = summaries;
        if (kept.of().get() != listed) {
            kept = new Summaries(
                    new WeakReference<>(listed),
                    listed.stream().map(PublishedRecords.Listed::summary).toList());
            summaries = kept;
        }
        return kept.all();
    }
}
