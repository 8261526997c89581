package cn.safetysupervision.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Encrypted attachment bytes in PostgreSQL, written from a staged (already encrypted) file with
 * {@code setBinaryStream}, so a file never has to be whole in the heap on the way in.
 */
@ApplicationScoped
public class AttachmentStore {

    /** The sealed bytes of one attachment. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext, String mediaType, String sha256) {
    }

    private final EntityManager entityManager;

    AttachmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(UUID id, UUID caseId, String uploadedBy, String mediaType, long size, String sha256,
                       String keyId, byte[] nonce, Path encrypted) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into attachment (id, case_id, uploaded_by, media_type, size_bytes, sha256, key_id, nonce, ciphertext, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 InputStream in = Files.newInputStream(encrypted)) {
                insert.setObject(1, id);
                insert.setObject(2, caseId);
                insert.setString(3, uploadedBy);
                insert.setString(4, mediaType);
                insert.setLong(5, size);
                insert.setString(6, sha256);
                insert.setString(7, keyId);
                insert.setBytes(8, nonce);
                insert.setBinaryStream(9, in, Files.size(encrypted));
                insert.setTimestamp(10, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Sealed read(UUID id) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select key_id, nonce, ciphertext, media_type, sha256 from attachment where id = ? and ciphertext is not null")) {
                select.setObject(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? new Sealed(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getString(5)) : null;
                }
            }
        });
    }
}
