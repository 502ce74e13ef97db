package org.civicdata.tracker.edge.site;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.json.JsonConfiguration;
import jakarta.inject.Singleton;

/**
 * The body of an error the framework answers by itself (no route for the address, say). An address
 * on the public site that names nothing gets the site's own "not found" page with the way back;
 * everything else (the API's JSON errors included) keeps the framework's body. A 404 a controller
 * answers with a body of its own (an unknown slug) never comes here.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
class SiteErrorResponses implements ErrorResponseProcessor<Object> {

    private final HateoasErrorResponseProcessor framework;

    SiteErrorResponses(JsonConfiguration json) {
        this.framework = new HateoasErrorResponseProcessor(json);
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String path = context.getRequest().getPath();
        if (response.getStatus() == HttpStatus.NOT_FOUND && !path.equals("/api") && !path.startsWith("/api/")) {
            SitePage page = new SitePage("Not found: " + SitePage.SITE_NAME, "Nothing is at this address.");
            page.main().appendElement("h1").text("Nothing is at this address");
            page.main().appendElement("p").text("The tracker has no page at " + path + ".");
            page.main().appendElement("p").appendElement("a").attr("href", "/").text("Back to the map");
            MutableHttpResponse<Object> html = (MutableHttpResponse<Object>) response;
            html.body((Object) page.render());
            return html.contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        return (MutableHttpResponse<Object>) (MutableHttpResponse<?>) framework.processResponse(context, response);
    }
}
