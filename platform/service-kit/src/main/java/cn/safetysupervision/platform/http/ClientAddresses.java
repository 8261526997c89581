package cn.safetysupervision.platform.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of the client a request comes from, for limits per client. It is the connection's peer, unless that
 * peer is one of {@code platform.http.trusted-proxies} (addresses or CIDR ranges; default none): then the header
 * the proxy writes ({@code platform.http.client-address-header}: {@code X-Forwarded-For} or {@code Forwarded}) is
 * read from the right, and the first address that is not itself a trusted proxy is the client. Only the right end
 * was written by our proxies, so what a client puts at the left cannot move it to another counter; an unreadable
 * entry stops the walk at the proxy that passed it on (counted together rather than not at all).
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](:\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trustedProxies;
    private final boolean forwardedHeader;

    @Inject
    ClientAddresses(@ConfigProperty(name = "platform.http.trusted-proxies") Optional<List<String>> trustedProxies,
                    @ConfigProperty(name = "platform.http.client-address-header", defaultValue = "X-Forwarded-For") String header) {
        this(trustedProxies.orElse(List.of()), header);
    }

    /** For tests and for code without CDI: the same rules from explicit values. */
    public ClientAddresses(List<String> trustedProxies, String header) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Range::parse).toList();
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (!h.equals("x-forwarded-for") && !h.equals("forwarded")) {
            throw new IllegalArgumentException("platform.http.client-address-header must be X-Forwarded-For or Forwarded, not " + header);
        }
        this.forwardedHeader = h.equals("forwarded");
    }

    /** The client's address (normalised literal), or "unknown" when the peer has none. */
    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return resolve(peer, request.headers().getAll(forwardedHeader ? "Forwarded" : "X-Forwarded-For"));
    }

    /** {@link #of} on plain values: the peer's address and every value of the configured header, in order. */
    public String resolve(String peer, List<String> headerValues) {
        InetAddress current = literal(peer);
        if (current == null) {
            return "unknown";
        }
        if (!isTrusted(current)) {
            return current.getHostAddress();
        }
        List<String> hops = forwardedHeader ? forwardedFor(headerValues) : xForwardedFor(headerValues);
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break;
            }
            current = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return current.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(r -> r.contains(address));
    }

    private static List<String> xForwardedFor(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                hops.add(part.trim());
            }
        }
        return hops;
    }

    /** RFC 7239: {@code for=} of each element, quotes and ports removed later. */
    private static List<String> forwardedFor(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                String found = "";
                for (String pair : element.split(";")) {
                    String p = pair.trim();
                    if (p.regionMatches(true, 0, "for=", 0, 4)) {
                        found = p.substring(4).trim();
                        if (found.length() >= 2 && found.startsWith("\"") && found.endsWith("\"")) {
                            found = found.substring(1, found.length() - 1);
                        }
                    }
                }
                hops.add(found);
            }
        }
        return hops;
    }

    /** An IP literal (with an optional port, IPv6 optionally bracketed) as an address; never a DNS lookup. */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        var withPort = IPV4_WITH_PORT.matcher(t);
        var bracketed = BRACKETED_IPV6.matcher(t);
        if (withPort.matches()) {
            t = withPort.group(1);
        } else if (bracketed.matches()) {
            t = bracketed.group(1);
        } else if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    /** An address or a CIDR range of trusted proxies. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("platform.http.trusted-proxies: not an IP address or CIDR range: " + text);
            }
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1).trim());
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("platform.http.trusted-proxies: bad prefix length in " + text);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
