package cn.safetysupervision.dashboard.api;

import cn.safetysupervision.dashboard.config.DashboardConfig;
import cn.safetysupervision.dashboard.domain.FeedItem;
import cn.safetysupervision.dashboard.domain.LiveStream;
import cn.safetysupervision.dashboard.persistence.FeedStore;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * Server-sent events of the feed. Without Last-Event-ID the first event is {@code snapshot} (the latest items and
 * their head seq), then {@code feed} events with id = seq. With Last-Event-ID (or {@code ?after=}) the client gets
 * every item after it, once each and in order, then live ones — from any replica, since all read the same table.
 */
@Path("/api/stream")
@RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
public class StreamResource {

    private final LiveStream live;
    private final FeedStore feed;
    private final ObjectMapper json;
    private final DashboardConfig config;

    StreamResource(LiveStream live, FeedStore feed, ObjectMapper json, DashboardConfig config) {
        this.live = live;
        this.feed = feed;
        this.json = json;
        this.config = config;
    }

    public record Snapshot(long head, List<FeedItem> items) {
    }

    @GET
    @Blocking // the snapshot is read from the database before the stream goes live
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The live feed (SSE); resume with Last-Event-ID")
    @APIResponse(responseCode = "200", description = "the stream")
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a feed sequence number")
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "not a regulator or association token")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
                       @QueryParam("after") String after) {
        Long resumeFrom = parse(lastEventId != null && !lastEventId.isBlank() ? lastEventId : after);
        SinkAdapter adapter = new SinkAdapter(sink, sse, json);
        long from;
        if (resumeFrom == null) {
            Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
                long head = feed.head();
                List<FeedItem> items = feed.latest(null, null, null, head + 1, config.stream().snapshotSize()).stream()
                        .map(row -> FeedItem.of(row, json)).toList();
                return new Snapshot(head, items);
            });
            adapter.send("snapshot", snapshot.head(), snapshot);
            from = snapshot.head();
        } else {
            adapter.comment("resuming after " + resumeFrom);
            from = resumeFrom;
        }
        live.connect(adapter, from);
    }

    private static Long parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(id.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("Last-Event-ID", "must be the seq of a feed event (a whole number)");
        }
    }

    private static final class SinkAdapter implements LiveStream.Sink {
        private final SseEventSink sink;
        private final Sse sse;
        private final ObjectMapper json;
        private volatile boolean failed;

        SinkAdapter(SseEventSink sink, Sse sse, ObjectMapper json) {
            this.sink = sink;
            this.sse = sse;
            this.json = json;
        }

        @Override
        public boolean isClosed() {
            return failed || sink.isClosed();
        }

        @Override
        public void send(FeedItem item) {
            send("feed", item.seq(), item);
        }

        void send(String name, long id, Object data) {
            String text;
            try {
                text = json.writeValueAsString(data);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            sink.send(sse.newEventBuilder().name(name).id(String.valueOf(id)).data(text).build())
                    .whenComplete((ok, error) -> {
                        if (error != null) {
                            failed = true;
                            sink.close();
                        }
                    });
        }

        void comment(String text) {
            sink.send(sse.newEventBuilder().comment(text).build());
        }

        @Override
        public void keepAlive() {
            comment("keep-alive");
        }
    }
}
