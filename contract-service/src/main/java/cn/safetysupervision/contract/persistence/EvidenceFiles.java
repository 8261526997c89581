package cn.safetysupervision.contract.persistence;

import cn.safetysupervision.contract.config.ContractConfig;
import cn.safetysupervision.platform.blob.BlobStore;
import cn.safetysupervision.platform.blob.ContentTypes;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Evidence bytes. Uploads stream through a SHA-256 digest into a temporary file under
 * {@code contract.evidence.directory}, never whole in memory; the type is recognised from the first bytes, not the
 * name. Archived bytes go to the service-kit {@link BlobStore} (PostgreSQL large objects by default), keyed by
 * their SHA-256, and are re-hashed whenever they are read.
 */
@ApplicationScoped
public class EvidenceFiles {

    /** A file that passed the checks and waits to be archived. */
    public record Staged(Path path, String mediaType, long size, String sha256) {
    }

    private final ContractConfig config;
    private final BlobStore blobs;

    EvidenceFiles(ContractConfig config, BlobStore blobs) {
        this.config = config;
        this.blobs = blobs;
    }

    /** Streams the upload to a temporary file; refuses it (and leaves nothing) when too large or of an unknown type. */
    public Staged stage(InputStream body) {
        long max = config.evidence().maxBytes();
        Path tmp = null;
        try {
            Path dir = Files.createDirectories(root().resolve("incoming"));
            tmp = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            try (InputStream in = new DigestInputStream(body, sha); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > max) {
                        throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                                "evidence files may be at most " + max + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ProblemException.invalidField("body", "the file is empty");
            }
            String mediaType = ContentTypes.detect(head, headLength);
            if (mediaType == null) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "only JPEG, PNG, PDF and MP4 files are accepted (recognised by content, not by name)");
            }
            Staged staged = new Staged(tmp, mediaType, size, HexFormat.of().formatHex(sha.digest()));
            tmp = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Stores a staged file in the service's database (service-kit {@link BlobStore}, content-addressed by SHA-256:
     * every replica reads it, a restart keeps it) and removes the temporary copy; returns the storage key.
     */
    public String archive(Staged staged, UUID evidenceId) {
        try {
            return blobs.put(staged.path(), staged.sha256(), staged.size());
        } finally {
            deleteQuietly(staged.path());
        }
    }

    public void discard(Path path) {
        deleteQuietly(path);
    }

    /**
     * Nothing to remove: a blob is keyed by its content and may already belong to other evidence; an unreferenced
     * one is harmless.
     */
    public void discard(String key) {
    }

    /** Streams the archived bytes, after checking that they still hash to the recorded value. */
    public StreamingOutput verified(String key, String expectedSha256) {
        boolean intact;
        try {
            intact = key.equals(expectedSha256) && blobs.verify(key);
        } catch (IllegalStateException e) {
            intact = false;
        }
        if (!intact) {
            throw new ProblemException(ProblemType.INTERNAL,
                    "evidence integrity check failed: the stored bytes are missing or no longer match the archived SHA-256");
        }
        return out -> blobs.copyTo(key, out);
    }

    private Path root() {
        return Path.of(config.evidence().directory()).toAbsolutePath();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; it is never referenced
        }
    }
}
