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

    @Inject
    io.micronaut.serde.ObjectMapper json;

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
                .endsWith("\"downSince\":null},\"replica\":null}");
    }

    /** With a replica configured (the real one: ReplicaProcessTest), its part reads as the database's, and more. */
    @Test
    void aReplicaIsReportedNextToTheDatabaseWithItsLagAndWhereReadsGo() throws java.io.IOException {
        java.time.Instant checked = java.time.Instant.parse("2026-12-03T14:00:01Z");
        java.time.Instant down = java.time.Instant.parse("2026-12-03T14:00:00Z");
        HealthController.Health health = new HealthController.Health(
                "UP",
                HealthController.Part.of(true, checked, null),
                new HealthController.Replica(HealthController.Part.of(false, checked, down), "primary", null, 3));
        assertThat(json.writeValueAsString(health))
                .isEqualTo("{\"status\":\"UP\",\"database\":{\"status\":\"UP\",\"checkedAt\":\"2026-12-03T14:00:01Z\","
                        + "\"downSince\":null},\"replica\":{\"status\":\"DOWN\",\"checkedAt\":\"2026-12-03T14:00:01Z\","
                        + "\"downSince\":\"2026-12-03T14:00:00Z\",\"reads\":\"primary\",\"secondsBehind\":null,"
                        + "\"versionsBehind\":3}}");
    }
}
