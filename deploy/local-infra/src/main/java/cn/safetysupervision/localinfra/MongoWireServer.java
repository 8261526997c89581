package cn.safetysupervision.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's MongoDB stand-in: mongo-java-server speaking the wire protocol, persisted to an H2 MVStore
 * file so a restart keeps the data. Not MongoDB — see the README for what is verified only against it.
 * <p>
 * Usage: {@code MongoWireServer <port> <data-file>}
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MongoWireServer <port> <data-file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataFile = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(dataFile.getParent());
        H2Backend backend = new H2Backend(dataFile.toString());
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("Mongo wire server on 127.0.0.1:" + port + ", data in " + dataFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }));
        stopped.await();
    }
}
