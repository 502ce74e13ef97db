package org.civicdata.tracker.infra.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** /health while the database is up (the outage itself: DatabaseOutageProcessTest). */
@MicronautTest(transactional = false)
class HealthControllerTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void saysUpInJsonUncachedWithoutACookie() {
        HttpResponse<String> health;
        try {
            health = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            throw new AssertionError(e.getResponse().getBody(String.class).orElse("?"), e);
        }
        assertThat(health.getStatus().getCode()).isEqualTo(200);
        assertThat(health.getContentType().orElseThrow().toString()).startsWith("application/json");
        assertThat(health.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(health.getHeaders().getAll("Set-Cookie")).isEmpty();
        assertThat(health.body())
                .startsWith("{\"status\":\"UP\",\"database\":{\"status\":\"UP\",\"checkedAt\":\"")
                .endsWith("\"downSince\":null}}");
    }
}
