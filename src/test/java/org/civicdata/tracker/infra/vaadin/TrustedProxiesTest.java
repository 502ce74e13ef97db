package org.civicdata.tracker.infra.vaadin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.catalina.util.NetMask;
import org.junit.jupiter.api.Test;

/** The trusted-proxy setting, as the pattern Tomcat's RemoteIpValve takes, matches exactly the ranges given. */
class TrustedProxiesTest {

    @Test
    void noSettingTrustsNoOneAndAddsNoValve() {
        assertThat(TrustedProxies.parse(null).valve()).isEmpty();
        assertThat(TrustedProxies.parse(List.of("")).valve()).isEmpty();
        assertThat(TrustedProxies.parse(List.of(" , ")).pattern()).isEmpty();
    }

    @Test
    void ipv4RangesMatchWhatTomcatsNetMaskMatches() throws Exception {
        List<String> ranges = List.of(
                "10.0.0.0/8",
                "172.16.0.0/12",
                "192.168.1.128/25",
                "203.0.113.7",
                "100.64.0.0/10",
                "198.51.100.0/23",
                "0.0.0.0/0");
        Random random = new Random(42);
        for (String range : ranges) {
            Pattern pattern = TrustedProxies.parse(List.of(range)).pattern().orElseThrow();
            NetMask mask = new NetMask(range.contains("/") ? range : range + "/32");
            byte[] base = InetAddress.getByName(range.split("/")[0]).getAddress();
            for (int i = 0; i < 5_000; i++) {
                byte[] bytes = new byte[4];
                random.nextBytes(bytes);
                if (i % 2 == 0) { // half of them near the range, so both answers are seen
                    System.arraycopy(base, 0, bytes, 0, 1 + random.nextInt(3));
                }
                InetAddress address = InetAddress.getByAddress(bytes);
                assertThat(pattern.matcher(address.getHostAddress()).matches())
                        .as("%s in %s", address.getHostAddress(), range)
                        .isEqualTo(mask.matches(address));
            }
        }
    }

    @Test
    void aListOfSeveralEntriesMatchesEachAndNothingElse() {
        Pattern pattern = TrustedProxies.parse(List.of("10.1.0.0/16, 127.0.0.1", "::1 2001:db8::5"))
                .pattern()
                .orElseThrow();
        assertThat(List.of(
                        "10.1.0.1",
                        "10.1.255.254",
                        "127.0.0.1",
                        "0:0:0:0:0:0:0:1",
                        "::1",
                        "2001:db8::5",
                        "2001:DB8:0:0:0:0:0:5"))
                .allSatisfy(a -> assertThat(pattern.matcher(a).matches()).as(a).isTrue());
        assertThat(List.of("10.2.0.1", "127.0.0.2", "110.1.0.1", "10.1.0.1x", "2001:db8::6", "203.0.113.7", ""))
                .allSatisfy(a -> assertThat(pattern.matcher(a).matches()).as(a).isFalse());
    }

    @Test
    void whatCannotBeReadIsRefusedNamingTheSettingAndTheEntry() {
        for (String bad : List.of(
                "proxy.example.org",
                "10.0.0.0/33",
                "10.0.0.0/x",
                "2001:db8::/64",
                "10.1",
                "1.2.3.4.5",
                "cafe",
                "300.1.1.1")) {
            assertThatThrownBy(() -> TrustedProxies.parse(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tracker.security.trusted-proxies")
                    .hasMessageContaining("'" + bad + "'");
        }
    }
}
