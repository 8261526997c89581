package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Answers a request that is too large with an RFC 9457 problem before anything reads it: a body over
 * {@code quarkus.http.limits.max-body-size} (413), a request line over {@code platform.http.max-uri-length} (414),
 * header fields over {@code platform.http.max-header-bytes} (431). Netty's own limits, which answer with an empty
 * body, are set above these (service-kit's configuration defaults) so that a client meets this answer; beyond
 * them (a line over 64 KiB, headers over 64 KiB) Netty still closes with a bare status.
 */
@ApplicationScoped
public class HttpLimitsFilter {

    /** Before Quarkus' own upload limit (route order -2 and later), which answers 413 with an empty body. */
    static final int PRIORITY = 10_000;

    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    HttpLimitsFilter(@ConfigProperty(name = "platform.http.max-uri-length", defaultValue = "4096") int maxUriLength,
                     @ConfigProperty(name = "platform.http.max-header-bytes", defaultValue = "20480") int maxHeaderBytes,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /**
     * Vert.x's body handler (route order MIN+1, before any filter) fails a request whose body exceeds the limit
     * with a bare 413; this failure handler, first of all, answers it (and a 414/431 raised further on) as a problem.
     */
    void failures(@Observes io.vertx.ext.web.Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            int status = context.statusCode();
            if (!context.response().ended() && !context.response().headWritten()
                    && (status == 413 || status == 414 || status == 431)) {
                ProblemType type = status == 413 ? ProblemType.PAYLOAD_TOO_LARGE
                        : status == 414 ? ProblemType.URI_TOO_LONG : ProblemType.HEADERS_TOO_LARGE;
                String detail = status == 413 ? "the request body is larger than " + maxBodyBytes + " bytes"
                        : status == 414 ? "the request URI is too long" : "the request header fields are too large";
                refuse(context, type, detail);
                return;
            }
            context.next();
        });
    }

    void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri != null && uri.length() > maxUriLength) {
            refuse(context, ProblemType.URI_TOO_LONG, "the request URI is longer than " + maxUriLength + " characters");
            return;
        }
        if (headerBytes(context.request().headers()) > maxHeaderBytes) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "the request header fields exceed " + maxHeaderBytes + " bytes");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                refuse(context, ProblemType.VALIDATION, "Content-Length is not a number");
                return;
            }
            if (declared > maxBodyBytes) {
                refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes");
                return;
            }
        }
        context.next();
    }

    static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return total;
    }

    /** The body is not read: the connection is closed after the answer, as Quarkus does for its own 413. */
    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        HttpServerResponse response = context.response();
        response.setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close())
                .end("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + type.status()
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
