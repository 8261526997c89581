package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.persistence.ContractEvidenceClient;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.disclosure.persistence.SiteImageStore;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The public copies of chosen site images. Choosing an image records a pending copy in its evidence document; a
 * sweep fetches each pending image ONCE from contract-service with this service's own credential, checks its SHA-256
 * against the one the evidence event carried, strips its metadata ({@link ImageSanitizer}) and stores the copy
 * ({@link SiteImageStore}). contract-service being away only delays a copy (retried with backoff, the choice is in
 * the database); a hash mismatch or a file that is no image is refused and recorded, never copied. A lease in the
 * evidence document keeps two replicas from fetching the same image at once.
 */
@ApplicationScoped
public class SiteImageCopies {

    private static final Logger LOG = Logger.getLogger(SiteImageCopies.class);
    public static final String PENDING = "PENDING";
    public static final String COPIED = "COPIED";
    public static final String REFUSED = "REFUSED";

    private final MongoStore store;
    private final SiteImageStore images;
    private final ContractEvidenceClient contractService;
    private final DisclosureConfig config;

    SiteImageCopies(MongoStore store, SiteImageStore images, ContractEvidenceClient contractService, DisclosureConfig config) {
        this.store = store;
        this.images = images;
        this.contractService = contractService;
        this.config = config;
    }

    /** Records that these images are to be copied (an image already copied or refused keeps its state). */
    public void request(List<String> evidenceIds) {
        for (String id : evidenceIds) {
            store.evidence().updateOne(Filters.and(Filters.eq("_id", id), Filters.exists("copy.state", false)),
                    Updates.combine(Updates.set("copy.state", PENDING), Updates.set("copy.attempts", 0),
                            Updates.set("copy.nextAttemptAt", new Date())));
        }
    }

    @Scheduled(every = "${disclosure.images.retry-interval:PT10S}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (contractService.configured()) {
            sweep();
        }
    }

    /** Tries every pending copy that is due; how many were copied. */
    public int sweep() {
        Date now = new Date();
        List<Document> due = new ArrayList<>();
        store.evidence().find(Filters.and(Filters.eq("copy.state", PENDING), Filters.lte("copy.nextAttemptAt", now)))
                .limit(config.images().batchSize()).into(due);
        int copied = 0;
        for (Document evidence : due) {
            if (claim(evidence.getString("_id")) && copy(evidence)) {
                copied++;
            }
        }
        return copied;
    }

    private boolean claim(String id) {
        Date now = new Date();
        Date until = Date.from(now.toInstant().plus(config.images().fetchTimeout().multipliedBy(2)));
        return store.evidence().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("copy.state", PENDING),
                        Filters.or(Filters.exists("copy.leaseUntil", false), Filters.lt("copy.leaseUntil", now))),
                Updates.set("copy.leaseUntil", until)).getModifiedCount() == 1;
    }

    private boolean copy(Document evidence) {
        String id = evidence.getString("_id");
        ContractEvidenceClient.Fetched fetched;
        try {
            fetched = contractService.fetch(evidence.getString("contractId"), id);
        } catch (ContractEvidenceClient.UnavailableException e) {
            retryLater(evidence, e.getMessage());
            return false;
        }
        String expected = evidence.getString("sha256");
        String actual = sha256(fetched.bytes());
        if (expected == null || !expected.equals(actual)) {
            refuse(id, "the fetched file's SHA-256 " + actual + " differs from the archived evidence's " + expected);
            return false;
        }
        ImageSanitizer.Sanitized clean;
        try {
            clean = ImageSanitizer.sanitize(fetched.bytes());
        } catch (ImageSanitizer.NotAnImageException e) {
            refuse(id, "not a JPEG or PNG image that can be cleaned: " + e.getMessage());
            return false;
        }
        String copySha = sha256(clean.bytes());
        images.put(id, clean.bytes(), clean.mediaType(), copySha);
        store.evidence().updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("copy.state", COPIED),
                Updates.set("copy.sha256", copySha), Updates.set("copy.mediaType", clean.mediaType()),
                Updates.set("copy.sizeBytes", clean.bytes().length), Updates.set("copy.copiedAt", new Date()),
                Updates.unset("copy.leaseUntil"), Updates.unset("copy.lastError")));
        return true;
    }

    private void retryLater(Document evidence, String reason) {
        Document copy = evidence.get("copy", Document.class);
        int attempts = copy == null ? 0 : copy.getInteger("attempts", 0);
        Duration wait = config.images().retryInterval().multipliedBy(1L << Math.min(attempts, 10));
        if (wait.compareTo(config.images().maxBackoff()) > 0) {
            wait = config.images().maxBackoff();
        }
        LOG.warnf("Site image %s not fetched from contract-service (%s); retrying in %s", evidence.getString("_id"), reason, wait);
        store.evidence().updateOne(Filters.eq("_id", evidence.getString("_id")), Updates.combine(
                Updates.set("copy.attempts", attempts + 1), Updates.set("copy.lastError", reason),
                Updates.set("copy.nextAttemptAt", Date.from(Instant.now().plus(wait))), Updates.unset("copy.leaseUntil")));
    }

    private void refuse(String id, String reason) {
        LOG.errorf("Site image %s refused, not published: %s", id, reason);
        store.evidence().updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("copy.state", REFUSED),
                Updates.set("copy.refusedReason", reason), Updates.set("copy.refusedAt", new Date()),
                Updates.unset("copy.leaseUntil")));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
