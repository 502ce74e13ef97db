package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.PublicResponses;

/**
 * How the site's own pages go out: their address takes only {@code ?asOf=} (any other parameter is
 * refused, naming it), the page is cached and revalidated by ETag ({@link PublicResponses}), and it
 * ends with the footer that says when the data last changed.
 */
@Singleton
class SitePages {

    private final PublicResponses responses;
    private final DataVersion dataVersion;

    SitePages(PublicResponses responses, DataVersion dataVersion) {
        this.responses = responses;
        this.dataVersion = dataVersion;
    }

    /** A page that is the same on every date. */
    MutableHttpResponse<?> respond(HttpRequest<?> request, Supplier<SitePage> page) {
        return respond(request, () -> null, asOf -> page.get());
    }

    /**
     * A page as it stood on the request's {@code asOf} (null: today), unless {@code refusal} answers
     * first (a 404 for an address that names nothing; see {@link PublicResponses}).
     */
    MutableHttpResponse<?> respond(
            HttpRequest<?> request,
            Supplier<MutableHttpResponse<?>> refusal,
            Function<@Nullable LocalDate, SitePage> page) {
        LocalDate asOf = PublicQuery.asOfOnly(request.getParameters().asMap());
        return responses.respond(
                request,
                HomePageController.HTML,
                refusal,
                () -> page.apply(asOf).footer(dataVersion.lastChange(), "").render());
    }
}
