package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.events.ContractEventMapper;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.Evidence;
import cn.safetysupervision.contract.persistence.EvidenceFiles;
import cn.safetysupervision.contract.persistence.SiteVisit;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.FileNames;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Archiving evidence: check access and state, stream and check the bytes, then record row and event in one
 * transaction. Any failure removes the bytes again, so a half-done upload leaves nothing behind.
 */
@ApplicationScoped
public class EvidenceService {

    private final ContractService contracts;
    private final EvidenceFiles files;
    private final Outbox outbox;
    private final ContractEventMapper events;
    private final Caller caller;
    private final cn.safetysupervision.contract.config.ContractConfig config;

    EvidenceService(ContractService contracts, EvidenceFiles files, Outbox outbox, ContractEventMapper events,
                    Caller caller, cn.safetysupervision.contract.config.ContractConfig config) {
        this.contracts = contracts;
        this.files = files;
        this.outbox = outbox;
        this.events = events;
        this.caller = caller;
        this.config = config;
    }

    public Evidence archive(UUID contractId, UUID siteVisitId, String fileName, Instant capturedAt, Long contentLength,
                            InputStream body) {
        String storedName = FileNames.sanitise(fileName, "fileName");  // no path segments, no control characters
        if (contentLength != null && contentLength > config.evidence().maxBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "evidence files may be at most " + config.evidence().maxBytes() + " bytes");
        }
        QuarkusTransaction.requiringNew().run(() -> check(contractId, siteVisitId));
        EvidenceFiles.Staged staged = files.stage(body);
        UUID evidenceId = UUID.randomUUID();
        String key = files.archive(staged, evidenceId);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Contract contract = check(contractId, siteVisitId);
                Evidence evidence = new Evidence();
                evidence.id = evidenceId;
                evidence.contractId = contractId;
                evidence.siteVisitId = siteVisitId;
                evidence.fileName = storedName;
                evidence.mediaType = staged.mediaType();
                evidence.sizeBytes = staged.size();
                evidence.sha256 = staged.sha256();
                evidence.storageKey = key;
                evidence.capturedAt = capturedAt;
                evidence.archivedBy = caller.name();
                evidence.archivedAt = Instant.now();
                evidence.persist();
                outbox.publish(ContractEvents.EVIDENCE_ARCHIVED_V1, contractId, events.evidence(evidence, contract.agencyId));
                return evidence;
            });
        } catch (RuntimeException e) {
            files.discard(key);
            throw e;
        }
    }

    private Contract check(UUID contractId, UUID siteVisitId) {
        Contract contract = contracts.forChange(contractId, "*");
        ContractService.requireStatus(contract, EnumSet.of(ContractStatus.SIGNED, ContractStatus.IN_PROGRESS,
                ContractStatus.REPORT_SUBMITTED, ContractStatus.COMPLETED), "evidence belongs to a signed contract");
        if (siteVisitId != null) {
            SiteVisit visit = SiteVisit.findById(siteVisitId);
            if (visit == null || !visit.contractId.equals(contractId)) {
                throw ProblemException.invalidField("siteVisitId", "not a site visit of this contract");
            }
        }
        return contract;
    }
}
