package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.core.account.SignInAttemptRepository;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy (here the browser's own address, 127.0.0.1, is configured as one), the
 * sign-in throttle counts the client's address as the proxy reports it: the rightmost address in
 * {@code X-Forwarded-For} that is not a trusted proxy. What a client wrote to the left of it is
 * ignored.
 */
@Slow
@MicronautTest(transactional = false)
@Property(name = "tracker.security.trusted-proxies", value = "10.9.0.0/16, 127.0.0.1")
class TrustedProxyE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    SignInAttemptRepository attempts;

    @Test
    void theSignInThrottleSeesTheClientAddressTheTrustedProxyReports() {
        // 198.51.100.9 is what the client forged; the proxy appended the address it saw, 203.0.113.7;
        // 10.9.4.2 is a second trusted proxy in front.
        String seen = ForwardedSignIn.addressSeenBySignIn(
                "http://127.0.0.1:" + server.getPort(),
                attempts,
                Map.of("X-Forwarded-For", "198.51.100.9, 203.0.113.7, 10.9.4.2"));
        assertThat(seen).isEqualTo("203.0.113.7");
    }

    @Test
    void forwardedProtoHttpsFromATrustedProxyMakesTheRequestSecure() {
        String base = "http://127.0.0.1:" + server.getPort();
        var secure = ForwardedSignIn.adminHeaders(base, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.8");
        assertThat(secure.allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie)
                        .contains("Secure")
                        .contains("Path=/admin")
                        .contains("HttpOnly"));
        assertThat(secure.firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        var plain = ForwardedSignIn.adminHeaders(base, "X-Forwarded-For", "203.0.113.8");
        assertThat(plain.allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
        assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
