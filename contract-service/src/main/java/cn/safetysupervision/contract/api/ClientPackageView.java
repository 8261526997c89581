package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.domain.ScopeEntry;
import cn.safetysupervision.contract.domain.StaffRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The materials an agency gives its client (Art. 15): 附件1 basic information, 附件2 commitment status, 附件3 staffing
 * and the certificates, in one view. Built from the registry projection and the contract.
 */
public record ClientPackageView(UUID contractId, String contractNumber, String clientName, String clientIndustry,
                                Attachment1 attachment1, Attachment2 attachment2, List<StaffLine> attachment3,
                                List<Certificate> certificates, Instant generatedAt) {

    /** 附件1 机构基本情况表; staff counts are computed from the projection, not typed. */
    public record Attachment1(UUID agencyId, String name, String creditCode, String legalRepresentative,
                              String registeredAddress, String officeAddress, String status,
                              List<Qualification> qualifications, int safetyAssessors, int registeredSafetyEngineers,
                              int intermediateOrHigherTitles, boolean knownToRegistry) {
    }

    public record Qualification(String certificateNumber, String qualificationType, LocalDate validFrom,
                                LocalDate validTo, String status, List<ScopeEntry> businessScope) {
    }

    /** 附件2 执业承诺书: whether the registry has it signed. */
    public record Attachment2(boolean signed, LocalDate signedOn, String version, String documentSha256) {
    }

    /** 附件3 项目配备专业技术人员一览表, with whether the credential's specialty names the client's industry. */
    public record StaffLine(StaffRole role, UUID practitionerId, String name, String credentialType,
                            String credentialNumber, String specialty, String employmentType, Boolean suitsClientIndustry) {
    }

    public record Certificate(UUID practitionerId, String name, String credentialType, String level, String number,
                              String specialty, LocalDate validTo, boolean expired) {
    }
}
