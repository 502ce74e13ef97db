package org.civicdata.tracker.edge.opendata;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ApiError;
import org.civicdata.tracker.infra.db.DatabaseUnavailableException;
import org.civicdata.tracker.infra.vaadin.PublicErrorPages;

/**
 * The one place the public side answers an outage of the database (for a URL {@link PublicResponses}
 * has nothing cached for): a 503 at once, with {@code Retry-After}, JSON under /api and a short page
 * elsewhere; never a 500, a stack trace or a wait. Not logged: {@code DatabaseHealth} logs the outage once.
 */
@Produces
@Singleton
@Requires(classes = {DatabaseUnavailableException.class, ExceptionHandler.class})
public class PublicOutageHandler implements ExceptionHandler<DatabaseUnavailableException, HttpResponse<?>> {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 30;

    static final String MESSAGE = "The database is unavailable for a moment; try again in a minute.";

    private final PublicErrorPages pages;

    PublicOutageHandler(PublicErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DatabaseUnavailableException e) {
        boolean api = request.getPath().startsWith("/api/");
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(api ? new ApiError("unavailable", MESSAGE, null, null) : pages.unavailable())
                .contentType(
                        api ? MediaType.APPLICATION_JSON_TYPE : MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8"))
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
