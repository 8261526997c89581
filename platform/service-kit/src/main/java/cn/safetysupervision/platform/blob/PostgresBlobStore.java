package cn.safetysupervision.platform.blob;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * {@link BlobStore} in PostgreSQL large objects (table {@code platform_blob}, migration V0_3): bytes are streamed
 * in 64 KiB pieces to and from the large object, in a transaction of their own, so every replica reads what any
 * wrote and a restart loses nothing. A concurrent put of the same bytes is settled by the primary key: the loser
 * drops its copy.
 */
@ApplicationScoped
public class PostgresBlobStore implements BlobStore {

    private static final int CHUNK = 64 * 1024;

    private final AgroalDataSource dataSource;

    PostgresBlobStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String put(Path file, String sha256, long size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (exists(c, sha256)) {
                    return sha256;
                }
                LargeObjectManager lobs = c.unwrap(PGConnection.class).getLargeObjectAPI();
                long oid = lobs.createLO(LargeObjectManager.READWRITE);
                MessageDigest digest = sha();
                try (LargeObject lo = lobs.open(oid, LargeObjectManager.WRITE);
                     OutputStream out = lo.getOutputStream(); InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[CHUNK];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                    }
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    throw new IllegalStateException("the staged file no longer hashes to " + sha256);
                }
                try (PreparedStatement insert = c.prepareStatement("""
                        insert into platform_blob (sha256, content_oid, size_bytes) values (?, ?, ?)
                        on conflict (sha256) do nothing""")) {
                    insert.setString(1, sha256);
                    insert.setLong(2, oid);
                    insert.setLong(3, size);
                    if (insert.executeUpdate() == 0) {
                        lobs.delete(oid);  // stored meanwhile by another request: one copy is enough
                    }
                }
                return sha256;
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("could not store blob " + sha256, e);
            }
        });
    }

    @Override
    public boolean copyTo(String sha256, OutputStream out) {
        return read(sha256, out);
    }

    @Override
    public boolean verify(String sha256) {
        return read(sha256, OutputStream.nullOutputStream());
    }

    /** Streams the blob; false when it does not exist; an exception when its bytes do not match its key. */
    private boolean read(String sha256, OutputStream out) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement find = c.prepareStatement("select content_oid from platform_blob where sha256 = ?")) {
                find.setString(1, sha256);
                long oid;
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    oid = rs.getLong(1);
                }
                LargeObjectManager lobs = c.unwrap(PGConnection.class).getLargeObjectAPI();
                MessageDigest digest = sha();
                try (LargeObject lo = lobs.open(oid, LargeObjectManager.READ); InputStream in = lo.getInputStream()) {
                    byte[] buffer = new byte[CHUNK];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                    }
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    throw new IllegalStateException("blob " + sha256 + " no longer hashes to its key");
                }
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("could not read blob " + sha256, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean exists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("select 1 from platform_blob where sha256 = ?")) {
            find.setString(1, sha256);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
