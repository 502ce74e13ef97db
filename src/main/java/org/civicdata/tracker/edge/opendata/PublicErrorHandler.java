package org.civicdata.tracker.edge.opendata;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.edge.opendata.ResponseShapes.ApiError;
import org.civicdata.tracker.infra.vaadin.PublicErrorPages;

/**
 * A bad query parameter (an {@link InvalidInputException} from {@link PublicQuery}) is a 400 naming it: JSON under /api, a short page elsewhere (the public
 * pages render their own; see publicsite). Never a 500 or a stack trace.
 */
@Produces
@Singleton
@Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
public class PublicErrorHandler implements ExceptionHandler<InvalidInputException, HttpResponse<?>> {

    private final PublicErrorPages pages;

    PublicErrorHandler(PublicErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidInputException e) {
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.badRequest(new ApiError("bad_parameter", e.getMessage(), null, e.field()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.badRequest(pages.badRequest(e.getMessage()))
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }
}
