package org.civicdata.tracker.infra.vaadin;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;

/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * ({@code tracker.security.trusted-proxies}, env {@code TRACKER_SECURITY_TRUSTED_PROXIES}: IPv4
 * addresses and CIDR ranges, IPv6 addresses; none by default). Tomcat's own {@link RemoteIpValve}
 * does the work; this class only turns the list into the valve's {@code internalProxies} pattern,
 * which Tomcat 10.1 takes as a regular expression, and refuses a list it cannot read.
 */
final class TrustedProxies {

    static final String SETTING = "tracker.security.trusted-proxies";
    private static final String ANY_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private final List<String> entries;
    private final Pattern pattern;

    private TrustedProxies(List<String> entries, Pattern pattern) {
        this.entries = entries;
        this.pattern = pattern;
    }

    /** Reads the setting's values (each may itself hold several, separated by commas or spaces). */
    static TrustedProxies parse(List<String> values) {
        List<String> entries = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String entry : value.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        }
        String regex = entries.stream().map(TrustedProxies::regexOf).collect(Collectors.joining("|"));
        return new TrustedProxies(List.copyOf(entries), entries.isEmpty() ? null : Pattern.compile(regex));
    }

    List<String> entries() {
        return entries;
    }

    /** The pattern for {@link RemoteIpValve#setInternalProxies}; empty when no proxy is trusted. */
    Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** Tomcat's valve, believing the forwarded headers from these proxies only; empty when there are none. */
    Optional<RemoteIpValve> valve() {
        return pattern().map(p -> {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(p.pattern());
            valve.setTrustedProxies(null);
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setProtocolHeaderHttpsValue("https");
            return valve;
        });
    }

    private static String regexOf(String entry) {
        String address = entry;
        Integer prefix = null;
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            address = entry.substring(0, slash);
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw problem(entry, "the part after / must be a number of bits");
            }
        }
        // Only literals reach InetAddress, so nothing here is ever looked up in DNS.
        boolean v4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!v4 && !(address.contains(":") && address.matches("[0-9a-fA-F.:]+"))) {
            throw problem(entry, "give IP addresses or CIDR ranges (such as 10.0.0.0/8), not host names");
        }
        if (v4 && java.util.Arrays.stream(address.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw problem(entry, "each part of an IPv4 address is 0 to 255");
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw problem(entry, "it is not an IP address");
        }
        if (parsed instanceof Inet4Address ipv4 && v4) {
            return ipv4(ipv4.getAddress(), prefix == null ? 32 : prefix, entry);
        }
        if (parsed instanceof Inet6Address v6 && !v4) {
            if (prefix != null && prefix != 128) {
                throw problem(entry, "IPv6 ranges are not supported; list the proxies' IPv6 addresses one by one");
            }
            return ipv6(v6);
        }
        throw problem(entry, "it is not an IP address");
    }

    private static String ipv4(byte[] bytes, int prefix, String entry) {
        if (prefix < 0 || prefix > 32) {
            throw problem(entry, "an IPv4 prefix is 0 to 32 bits");
        }
        StringBuilder regex = new StringBuilder("(?:");
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                regex.append("\\.");
            }
            int value = bytes[i] & 0xff;
            int bits = Math.max(0, Math.min(8, prefix - 8 * i));
            if (bits == 8) {
                regex.append(value);
            } else if (bits == 0) {
                regex.append(ANY_OCTET);
            } else {
                int low = value & (0xff << (8 - bits)) & 0xff;
                int high = low + (1 << (8 - bits)) - 1;
                StringBuilder alternatives = new StringBuilder();
                for (int v = low; v <= high; v++) {
                    alternatives.append(v == low ? "" : "|").append(v);
                }
                regex.append("(?:").append(alternatives).append(')');
            }
        }
        return regex.append(')').toString();
    }

    /** An IPv6 address as Tomcat writes a peer's (every group, no leading zeros) or as proxies write it (RFC 5952). */
    private static String ipv6(Inet6Address address) {
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        List<String> full = new ArrayList<>();
        for (int g : groups) {
            full.add(Integer.toHexString(g));
        }
        String longForm = String.join(":", full);
        // RFC 5952: the longest run (first if tied) of two or more zero groups becomes "::".
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        String shortForm = bestStart < 0
                ? longForm
                : String.join(":", full.subList(0, bestStart)) + "::"
                        + String.join(":", full.subList(bestStart + bestLength, 8));
        return "(?i:" + Pattern.quote(longForm) + "|" + Pattern.quote(shortForm) + ")";
    }

    private static IllegalArgumentException problem(String entry, String why) {
        return new IllegalArgumentException(SETTING + ": '" + entry + "' cannot be read: " + why + ".");
    }
}
