package cn.safetysupervision.platform.blob;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Content-addressed storage of files (evidence) that every replica reads and a restart keeps. The key of a blob is
 * the SHA-256 of its bytes; storing the same bytes twice stores them once. Nothing is held whole in memory.
 * The default is {@link PostgresBlobStore} (large objects in the service's own database). An S3-compatible object
 * store fits the same interface: {@code put} uploads to {@code <bucket>/<sha256>} with a multipart upload,
 * {@code copyTo} streams a GET of that key; point it at MinIO or a cloud bucket with the AWS SDK or the MinIO
 * client (not implemented here: no object store is reachable from our build machines).
 */
public interface BlobStore {

    /**
     * Stores the file's bytes under their SHA-256 unless a blob with that hash exists.
     *
     * @param sha256 the hash the caller computed while receiving the file; checked again while storing
     * @return the key, the SHA-256 in lower-case hex
     */
    String put(Path file, String sha256, long size);

    /** Streams the blob to {@code out}, checking its SHA-256 on the way; false when there is no such blob. */
    boolean copyTo(String sha256, OutputStream out);

    /** Reads the whole blob once and tells whether its bytes still hash to its key. */
    boolean verify(String sha256);
}
