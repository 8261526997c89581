package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.config.DashboardConfig;
import cn.safetysupervision.dashboard.persistence.FeedRow;
import cn.safetysupervision.dashboard.persistence.FeedStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pushes the feed to connected clients. Every replica reads the same table: it polls for rows with a seq above the
 * last it read and sends each client the rows above the last that client got. A client that connects with a last
 * event id first catches up from the table, in order, then goes live — all on this one thread, so no item can
 * be sent twice or overtaken. Nothing lives only in memory: a restarted replica serves the same history.
 */
@ApplicationScoped
public class LiveStream {

    private static final Logger LOG = Logger.getLogger(LiveStream.class);

    /** What the resource layer gives for one connection. */
    public interface Sink {
        boolean isClosed();

        /** Sends one item (in order); a failure means the client is gone. */
        void send(FeedItem item);

        void keepAlive();
    }

    private static final class Client {
        final Sink sink;
        long lastSent;
        boolean catchingUp = true;

        Client(Sink sink, long lastSent) {
            this.sink = sink;
            this.lastSent = lastSent;
        }
    }

    private final FeedStore feed;
    private final ObjectMapper json;
    private final DashboardConfig config;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final List<Consumer<FeedItem>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService poller;
    private volatile long head = -1;
    private long lastKeepAlive = System.nanoTime();

    LiveStream(FeedStore feed, ObjectMapper json, DashboardConfig config) {
        this.feed = feed;
        this.json = json;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dashboard-live");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.stream().pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** @param after the last seq the client has (its Last-Event-ID, or the snapshot's head) */
    public void connect(Sink sink, long after) {
        clients.add(new Client(sink, after));
    }

    public int connected() {
        return clients.size();
    }

    /** For the bench: called on this replica's push thread with each item as it goes live. */
    public void onLive(Consumer<FeedItem> listener) {
        listeners.add(listener);
    }

    private void tick() {
        try {
            QuarkusTransaction.requiringNew().run(this::pushOnce);
        } catch (RuntimeException e) {
            LOG.warnf("live push failed, retrying on the next tick: %s", e.getMessage());
        }
    }

    private void pushOnce() {
        clients.removeIf(c -> c.sink.isClosed());
        if (head < 0) {
            head = feed.head();
        }
        List<FeedItem> fresh = feed.between(head, Long.MAX_VALUE, 1000).stream().map(this::item).toList();
        if (!fresh.isEmpty()) {
            head = fresh.get(fresh.size() - 1).seq();
        }
        for (Client client : clients) {
            if (client.catchingUp) {
                catchUp(client);
            }
            if (!client.catchingUp) {
                for (FeedItem item : fresh) {
                    send(client, item);
                }
            }
        }
        fresh.forEach(item -> listeners.forEach(l -> l.accept(item)));
        if (System.nanoTime() - lastKeepAlive > config.stream().keepAlive().toNanos()) {
            lastKeepAlive = System.nanoTime();
            for (Client client : clients) {
                try {
                    client.sink.keepAlive();
                } catch (RuntimeException gone) {
                    clients.remove(client);
                }
            }
        }
    }

    /** Sends what the client missed up to the current head, a batch per tick; live once it has all. */
    private void catchUp(Client client) {
        int batch = config.stream().catchUpBatch();
        List<FeedRow> missed = feed.between(client.lastSent, head, batch);
        for (FeedRow row : missed) {
            send(client, item(row));
        }
        if (missed.size() < batch) {
            client.catchingUp = false;
        }
    }

    private void send(Client client, FeedItem item) {
        if (item.seq() <= client.lastSent || client.sink.isClosed()) {
            return;
        }
        try {
            client.sink.send(item);
            client.lastSent = item.seq();
        } catch (RuntimeException gone) {
            clients.remove(client);
        }
    }

    private FeedItem item(FeedRow row) {
        return FeedItem.of(row, json);
    }
}
