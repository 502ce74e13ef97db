package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Vaadin really runs inside Micronaut's Tomcat at /admin, with what it needs served. */
@MicronautTest(transactional = false)
class StaffUiServedTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void adminServesVaadinsBootstrapPageWithASessionCookieScopedToAdmin() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/admin"), String.class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).contains("VAADIN/build/");
        assertThat(response.getHeaders().getAll("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie)
                        .contains("Path=/admin")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void thePushScriptIsServedFromTheClasspathWithAJavascriptType() {
        HttpResponse<String> push = http.toBlocking()
                .exchange(HttpRequest.GET("/admin/VAADIN/static/push/vaadinPush-min.js"), String.class);
        assertThat(push.code()).isEqualTo(200);
        assertThat(push.getContentType().orElseThrow().toString()).contains("javascript");
        assertThat(push.body()).contains("atmosphere");
    }
}
