package org.civicdata.tracker.infra.vaadin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin's own requests, written by hand as its client writes them (no browser): the bootstrap
 * page, the UI's init request, a UIDL request with its CSRF token, a long-polling push request.
 * For tests of what these endpoints refuse.
 */
public final class VaadinWire {

    private static final Pattern TOKEN = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public VaadinWire(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A UI of an anonymous session, as the browser has it after loading the bootstrap page and its init request. */
    public record Ui(String cookie, String csrfToken, String pushId) {}

    public Ui anonymousUi() {
        HttpResponse<String> page = send("GET", "/admin/login", null, null);
        String cookie = page.headers()
                .firstValue("Set-Cookie")
                .orElseThrow(() -> new AssertionError("no session cookie"))
                .split(";")[0];
        String init = send("GET", "/admin/?v-r=init&location=login&query=", cookie, null)
                .body();
        return new Ui(cookie, find(TOKEN, init), find(PUSH_ID, init));
    }

    /** A UIDL request asking the UI to navigate to {@code route}, as a click on a link does. */
    public HttpResponse<String> navigate(String cookie, String csrfToken, String route) {
        String uidl = "{\"csrfToken\":\"" + csrfToken
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        return send("POST", "/admin/?v-r=uidl&v-uiId=0", cookie, uidl);
    }

    /** A long-polling push request for UI 0. */
    public HttpResponse<String> push(String cookie, String pushId) {
        return send(
                "GET",
                "/admin/VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                        + "&X-Atmosphere-Transport=long-polling&X-Atmosphere-tracking-id=0",
                cookie,
                null);
    }

    public HttpResponse<String> send(String method, String path, String cookie, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(
                    "Vaadin's init answer has no " + pattern + ": " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }
}
