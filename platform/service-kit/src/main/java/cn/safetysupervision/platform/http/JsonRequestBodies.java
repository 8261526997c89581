package cn.safetysupervision.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads JSON request bodies whole on the I/O thread, before the endpoint runs on a worker thread. Otherwise the
 * worker parses the body from a blocking stream that the I/O thread feeds: the worker waits for the I/O thread
 * once or twice per request, even for a body of a few hundred bytes that arrived in one packet (seen in a CPU
 * profile of POST /agencies under load). Quarkus REST takes a body read this way as is.
 * Only bodies that announce their length are read ahead, and only non-empty ones: Quarkus REST does not take an
 * empty body read this way, and would wait for it forever. Other bodies, and other content types (file uploads),
 * are streamed as before.
 */
@ApplicationScoped
public class JsonRequestBodies {

    void readWholeOnTheIoThread(@Observes Router router,
                                @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                                MemorySize maxBodySize) {
        BodyHandler readWhole = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(Integer.MIN_VALUE).consumes("application/json").handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && !length.isBlank() && !"0".equals(length.strip())) {
                readWhole.handle(context);
            } else {
                context.next();
            }
        });
    }
}
