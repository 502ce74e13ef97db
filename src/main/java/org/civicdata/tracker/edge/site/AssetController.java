package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.civicdata.tracker.edge.opendata.PublicResponses;

/**
 * The public site's own stylesheet, script and icon, from the classpath, with the same ETag handling.
 * The icon (ours, an SVG) serves the public pages and the staff UI alike, and answers
 * {@code /favicon.ico}, which browsers ask for when a page names no icon.
 */
@Controller
@Hidden
public class AssetController {

    /** The address of the site's icon, named by every public page and by the staff UI's shell. */
    public static final String FAVICON = "/assets/favicon.svg";

    private static final Map<String, MediaType> ASSETS = Map.of(
            "site.css", MediaType.of("text/css;charset=utf-8"),
            "map.js", MediaType.of("text/javascript;charset=utf-8"),
            "map-time.js", MediaType.of("text/javascript;charset=utf-8"),
            "favicon.svg", MediaType.of("image/svg+xml"));

    private final PublicResponses responses;

    AssetController(PublicResponses responses) {
        this.responses = responses;
    }

    @Get("/favicon.ico")
    public HttpResponse<?> favicon(HttpRequest<?> request) {
        return asset(request, "favicon.svg");
    }

    @Get("/assets/{name}")
    public HttpResponse<?> asset(HttpRequest<?> request, @PathVariable String name) {
        MediaType type = ASSETS.get(name);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return responses.respond(request, type, () -> read(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetController.class.getResourceAsStream("/public/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Asset " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
