package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.complaint.persistence.IdentityOpening;
import cn.safetysupervision.complaint.persistence.ReporterIdentity;
import cn.safetysupervision.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reporter's identity: validated (without ever echoing a value in an error), sealed apart from the case, opened
 * only with a written reason, every opening audited and counted for the reporter.
 */
@ApplicationScoped
public class Identities {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final Sealer sealer;
    private final ObjectMapper json = new ObjectMapper();
    private final Audit audit;

    Identities(Sealer sealer, Audit audit) {
        this.sealer = sealer;
        this.audit = audit;
    }

    /** Checks an identity's fields; messages name the field and the rule, never the value. */
    public static void validate(Commands.Identity identity) {
        if (identity == null) {
            return;
        }
        if (identity.name() == null || identity.name().isBlank() || identity.name().length() > 50) {
            throw ProblemException.invalidField("identity.name", "give a name of 1–50 characters, or report anonymously");
        }
        if (identity.phone() != null && !identity.phone().matches("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}")) {
            throw ProblemException.invalidField("identity.phone", "must be a mobile number (11 digits) or a landline such as 0539-1234567");
        }
        if (identity.idNumber() != null && !validIdNumber(identity.idNumber())) {
            throw ProblemException.invalidField("identity.idNumber", "must be an 18-character 居民身份证号码 with a valid check digit");
        }
    }

    static boolean validIdNumber(String id) {
        if (!id.matches("[0-9]{17}[0-9X]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    public void store(UUID caseId, Commands.Identity identity) {
        try {
            Sealer.Sealed sealed = sealer.seal(json.writeValueAsBytes(identity), bytes(caseId));
            ReporterIdentity row = new ReporterIdentity();
            row.caseId = caseId;
            row.keyId = sealed.keyId();
            row.nonce = sealed.nonce();
            row.ciphertext = sealed.ciphertext();
            row.persist();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the identity for a handler who wrote why; audited and counted. */
    public Commands.Identity open(ComplaintCase c, String handler, String reason) {
        if (reason == null || reason.strip().length() < 10 || reason.length() > 1000) {
            throw ProblemException.invalidField("reason", "write why the identity is needed (10–1000 characters)");
        }
        ReporterIdentity row = ReporterIdentity.findById(c.id);
        if (row == null) {
            throw c.purgedAt != null
                    ? ProblemException.unprocessable("the identity was purged with the case's personal data")
                    : ProblemException.unprocessable("the reporter stayed anonymous: there is no identity to open");
        }
        IdentityOpening opening = new IdentityOpening();
        opening.id = UUID.randomUUID();
        opening.caseId = c.id;
        opening.openedBy = handler;
        opening.openedAt = Instant.now();
        opening.reason = reason.strip();
        opening.persist();
        c.identityOpenings++;
        audit.record(c.id, "IDENTITY_OPENED", handler, null);
        try {
            byte[] plain = sealer.open(new Sealer.Sealed(row.keyId, row.nonce, row.ciphertext), bytes(c.id));
            return json.readValue(plain, Commands.Identity.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<IdentityOpening> openings(UUID caseId) {
        return IdentityOpening.list("caseId = ?1 order by openedAt", caseId);
    }

    public boolean exists(UUID caseId) {
        return ReporterIdentity.findById(caseId) != null;
    }

    public static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
