package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.persistence.AttachmentInfo;
import cn.safetysupervision.complaint.persistence.AttachmentStore;
import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.platform.blob.ContentTypes;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * Attachments: images and PDF only, judged by their first bytes (not name or declared type), at most
 * {@code complaint.attachments.max-count} per case and {@code max-bytes} each. The upload streams through SHA-256 and
 * AES-256-GCM into a temporary file (64 KB at a time, so an oversized upload is refused without the heap growing
 * by its size), then into PostgreSQL. The temporary file holds only ciphertext and is deleted in every case.
 */
@ApplicationScoped
public class Attachments {

    /** What a reporter may attach: photos and documents, no video. */
    private static final Set<String> ACCEPTED = Set.of(ContentTypes.JPEG, ContentTypes.PNG, ContentTypes.PDF);

    private final Sealer sealer;
    private final AttachmentStore store;
    private final Audit audit;
    private final ComplaintConfig config;

    Attachments(Sealer sealer, AttachmentStore store, Audit audit, ComplaintConfig config) {
        this.sealer = sealer;
        this.store = store;
        this.audit = audit;
        this.config = config;
    }

    public AttachmentInfo upload(UUID caseId, String uploadedBy, Long contentLength, InputStream body) {
        long max = config.attachments().maxBytes();
        if (contentLength != null && contentLength > max) {
            throw tooLarge(max);
        }
        QuarkusTransaction.requiringNew().run(() -> checkCase(caseId));
        UUID id = UUID.randomUUID();
        byte[] nonce = sealer.newNonce();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("complaint-upload-", ".sealed");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Cipher cipher = sealer.cipher(Cipher.ENCRYPT_MODE, sealer.currentKeyId(), nonce, Identities.bytes(id));
            byte[] buffer = new byte[64 * 1024];
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            String mediaType = null;
            try (OutputStream out = new CipherOutputStream(Files.newOutputStream(tmp), cipher)) {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                        if (headLength == head.length) {
                            mediaType = requireAccepted(head, headLength);
                        }
                    }
                    size += n;
                    if (size > max) {
                        throw tooLarge(max);
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ProblemException.invalidField("body", "the file is empty");
            }
            if (mediaType == null) {
                mediaType = requireAccepted(head, headLength);
            }
            String sha256 = HexFormat.of().formatHex(sha.digest());
            String type = mediaType;
            long length = size;
            Path sealed = tmp;
            return QuarkusTransaction.requiringNew().call(() -> {
                checkCase(caseId);
                store.insert(id, caseId, uploadedBy, type, length, sha256, sealer.currentKeyId(), nonce, sealed);
                audit.record(caseId, "FILE_ADDED", uploadedBy.equals("REPORTER") ? "reporter" : uploadedBy, type);
                return AttachmentInfo.findById(id);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // ciphertext only; the key is not on disk
                }
            }
        }
    }

    /** The plain bytes, after checking they still hash to the recorded SHA-256. */
    public byte[] read(UUID caseId, UUID id) {
        AttachmentInfo info = AttachmentInfo.findById(id);
        AttachmentStore.Sealed sealed = info == null || !info.caseId.equals(caseId) ? null : store.read(id);
        if (sealed == null) {
            throw ProblemException.notFound("attachment", id);
        }
        byte[] plain = sealer.open(new Sealer.Sealed(sealed.keyId(), sealed.nonce(), sealed.ciphertext()), Identities.bytes(id));
        try {
            if (!HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain)).equals(sealed.sha256())) {
                throw new ProblemException(ProblemType.INTERNAL, "attachment integrity check failed");
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return plain;
    }

    private void checkCase(UUID caseId) {
        ComplaintCase c = ComplaintCase.findById(caseId);
        if (c == null) {
            throw ProblemException.notFound("case", caseId);
        }
        if (c.status.equals(CaseStatus.CLOSED.name()) || c.status.equals(CaseStatus.REFUSED.name())) {
            throw ProblemException.conflict("the case is closed; no more files can be added");
        }
        if (AttachmentInfo.count("caseId", caseId) >= config.attachments().maxCount()) {
            throw ProblemException.conflict("a case takes at most " + config.attachments().maxCount() + " files");
        }
    }

    private static ProblemException tooLarge(long max) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "a file may be at most " + max + " bytes");
    }

    private static String requireAccepted(byte[] head, int n) {
        String type = ContentTypes.detect(head, n);
        if (type == null || !ACCEPTED.contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "only JPEG, PNG and PDF files are accepted (recognised by their content, not by name or declared type)");
        }
        return type;
    }
}
