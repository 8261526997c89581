package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.platform.problem.ProblemResponses;
import cn.safetysupervision.platform.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-window request budget per client address on the public site and API: over budget, a 429 problem with
 * {@code Retry-After} (seconds until the window ends). The client address is the connection's peer, or the
 * forwarded one only when {@code quarkus.http.proxy.proxy-address-forwarding} trusts a proxy in front. The table
 * is bounded: when full, windows that are over are dropped, and if none is, the new address is let through uncounted
 * rather than growing memory without bound.
 */
public class RateLimitFilter {

    private final DisclosureConfig config;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimitFilter(DisclosureConfig config) {
        this.config = config;
    }

    private static final class Window {
        final long startedAt;
        final AtomicInteger count = new AtomicInteger();

        Window(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo().getPath();
        if (!isPublic(path)) {
            return null;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        long now = System.currentTimeMillis();
        long windowMillis = config.rateLimit().window().toMillis();
        Window current = windows.get(client);
        if (current == null && !roomFor(now, windowMillis)) {
            return null;
        }
        Window window = windows.compute(client, (k, w) -> w == null || now - w.startedAt >= windowMillis ? new Window(now) : w);
        if (window.count.incrementAndGet() <= config.rateLimit().requestsPerWindow()) {
            return null;
        }
        long retryAfter = Math.max(1, (window.startedAt + windowMillis - now + 999) / 1000);
        return Response.fromResponse(ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS,
                        "more than " + config.rateLimit().requestsPerWindow() + " requests in "
                                + config.rateLimit().window().toSeconds() + " s from this address; retry after " + retryAfter + " s",
                        path))
                .header("Retry-After", Long.toString(retryAfter)).build();
    }

    private boolean roomFor(long now, long windowMillis) {
        if (windows.size() < config.rateLimit().maxClients()) {
            return true;
        }
        windows.values().removeIf(w -> now - w.startedAt >= windowMillis);
        return windows.size() < config.rateLimit().maxClients();
    }

    /** The agency endpoints (authenticated) and the management endpoints are not counted. */
    static boolean isPublic(String path) {
        return !path.startsWith("/api/agency") && !path.startsWith("/q/");
    }
}
