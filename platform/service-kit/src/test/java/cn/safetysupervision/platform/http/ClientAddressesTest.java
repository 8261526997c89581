package cn.safetysupervision.platform.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses none = new ClientAddresses(List.of(), "X-Forwarded-For");
        assertEquals("198.51.100.7", none.resolve("198.51.100.7", List.of("203.0.113.9")));
        assertEquals("unknown", none.resolve(null, List.of("203.0.113.9")));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddressEvenBesideATrustedRange() {
        ClientAddresses trusted = new ClientAddresses(List.of("10.0.0.0/8"), "X-Forwarded-For");
        assertEquals("11.0.0.1", trusted.resolve("11.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        ClientAddresses trusted = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.1"), "X-Forwarded-For");
        assertEquals("203.0.113.9", trusted.resolve("10.1.2.3", List.of("203.0.113.9")));
        // What the client wrote itself is at the left; our proxies appended the real peer.
        assertEquals("203.0.113.9", trusted.resolve("10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 192.0.2.1")));
        assertEquals("203.0.113.9", trusted.resolve("10.1.2.3", List.of("6.6.6.6", "203.0.113.9,10.9.9.9")));
        // Nothing forwarded, or only proxies: the furthest proxy.
        assertEquals("10.1.2.3", trusted.resolve("10.1.2.3", List.of()));
        assertEquals("10.9.9.9", trusted.resolve("10.1.2.3", List.of("10.9.9.9")));
        // An unreadable entry (or a host name, never looked up) stops at the proxy that passed it on.
        assertEquals("192.0.2.1", trusted.resolve("10.1.2.3", List.of("203.0.113.9, evil.example, 192.0.2.1")));
        assertEquals("2001:db8:0:0:0:0:0:1", trusted.resolve("10.1.2.3", List.of("[2001:db8::1]:443")));
        assertEquals("203.0.113.9", trusted.resolve("10.1.2.3", List.of("203.0.113.9:51000")));
    }

    @Test
    void theForwardedHeaderIsReadWhenConfigured() {
        ClientAddresses trusted = new ClientAddresses(List.of("127.0.0.1", "::1"), "Forwarded");
        assertEquals("2001:db8:cafe:0:0:0:0:17", trusted.resolve("127.0.0.1",
                List.of("for=6.6.6.6;proto=https, for=\"[2001:db8:cafe::17]:4711\";proto=https")));
        assertEquals("192.0.2.43", trusted.resolve("0:0:0:0:0:0:0:1", List.of("For=192.0.2.43")));
        assertEquals("127.0.0.1", trusted.resolve("127.0.0.1", List.of("for=_hidden")));
    }

    @Test
    void badConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("proxy.local"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/33"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of(), "X-Real-IP"));
    }
}
