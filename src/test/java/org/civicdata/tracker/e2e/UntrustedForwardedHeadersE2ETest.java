package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.core.account.SignInAttemptRepository;
import org.junit.jupiter.api.Test;

/**
 * With no trusted proxy (the default), forwarded headers are anyone's words: a forged
 * {@code X-Forwarded-For} does not change the address the sign-in throttle counts against.
 * {@code X-Forwarded-Proto: https} does not make a plain HTTP request secure.
 */
@Slow
@MicronautTest(transactional = false)
class UntrustedForwardedHeadersE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    SignInAttemptRepository attempts;

    @Test
    void aForgedForwardedForDoesNotChangeTheAddressTheSignInThrottleSees() {
        String seen = ForwardedSignIn.addressSeenBySignIn(
                "http://127.0.0.1:" + server.getPort(),
                attempts,
                Map.of("X-Forwarded-For", "203.0.113.66", "X-Forwarded-Proto", "https"));
        assertThat(seen).isEqualTo("127.0.0.1");
    }

    @Test
    void aForgedForwardedProtoDoesNotMakeTheRequestSecure() {
        var headers =
                ForwardedSignIn.adminHeaders("http://127.0.0.1:" + server.getPort(), "X-Forwarded-Proto", "https");
        assertThat(headers.allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
