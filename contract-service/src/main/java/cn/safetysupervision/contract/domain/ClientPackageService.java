package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.api.ClientPackageView;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.RegistryAgency;
import cn.safetysupervision.contract.persistence.RegistryCredential;
import cn.safetysupervision.contract.persistence.RegistryQualification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Assembles the Art. 15 client package from the contract and the registry projection. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientPackageService {

    private final ContractService contracts;
    private final EntityManager entityManager;

    ClientPackageService(ContractService contracts, EntityManager entityManager) {
        this.contracts = contracts;
        this.entityManager = entityManager;
    }

    public ClientPackageView build(UUID contractId) {
        Contract contract = contracts.get(contractId);
        RegistryAgency agency = RegistryAgency.findById(contract.agencyId);
        List<ClientPackageView.Qualification> qualifications = RegistryQualification
                // Issue 14: a declaration awaiting verification (or rejected) is not a certificate the client may rely on.
                .<RegistryQualification>list("agencyId = ?1 and status not in ('PENDING_VERIFICATION', 'REJECTED') order by validTo desc",
                        contract.agencyId).stream()
                .map(q -> new ClientPackageView.Qualification(q.certificateNumber, q.qualificationType, q.validFrom,
                        q.validTo, q.status, q.businessScope))
                .toList();
        ClientPackageView.Attachment1 a1 = new ClientPackageView.Attachment1(contract.agencyId,
                agency == null ? null : agency.name, agency == null ? null : agency.creditCode,
                agency == null ? null : agency.legalRepresentative, agency == null ? null : agency.registeredAddress,
                agency == null ? null : agency.officeAddress, agency == null ? null : agency.status, qualifications,
                staffCount(contract.agencyId, "c.credential_type = 'SAFETY_ASSESSOR'"),
                staffCount(contract.agencyId, "c.credential_type = 'REGISTERED_SAFETY_ENGINEER'"),
                staffCount(contract.agencyId, "c.credential_type = 'PROFESSIONAL_TITLE' and c.level in ('INTERMEDIATE', 'SENIOR')"),
                agency != null);
        ClientPackageView.Attachment2 a2 = new ClientPackageView.Attachment2(
                agency != null && agency.commitmentSignedOn != null, agency == null ? null : agency.commitmentSignedOn,
                agency == null ? null : agency.commitmentVersion, agency == null ? null : agency.commitmentSha256);
        List<ClientPackageView.StaffLine> a3 = contract.staffing.stream()
                .map(s -> new ClientPackageView.StaffLine(s.role(), s.practitionerId(), s.practitionerName(),
                        s.credentialType(), s.credentialNumber(), s.credentialSpecialty(), s.employmentType(),
                        s.credentialSpecialty() == null ? null : s.credentialSpecialty().contains(contract.clientIndustry)))
                .toList();
        List<UUID> credentialIds = contract.staffing.stream().map(StaffAssignment::credentialId).distinct().toList();
        List<ClientPackageView.Certificate> certificates = credentialIds.isEmpty() ? List.of()
                : RegistryCredential.<RegistryCredential>list("id in ?1", credentialIds).stream()
                .map(c -> new ClientPackageView.Certificate(c.practitionerId, nameOf(contract, c.practitionerId),
                        c.credentialType, c.level, c.number, c.specialty, c.validTo, c.expired))
                .toList();
        return new ClientPackageView(contract.id, contract.contractNumber, contract.clientName, contract.clientIndustry,
                a1, a2, a3, certificates, Instant.now());
    }

    private static String nameOf(Contract contract, UUID practitionerId) {
        return contract.staffing.stream().filter(s -> s.practitionerId().equals(practitionerId))
                .map(StaffAssignment::practitionerName).findFirst().orElse(null);
    }

    /** Distinct practitioners in open employment at the agency holding a valid credential of the kind. */
    private int staffCount(UUID agencyId, String credentialCondition) {
        Number n = (Number) entityManager.createNativeQuery("""
                        select count(distinct e.practitioner_id) from registry_employment e
                        join registry_credential c on c.practitioner_id = e.practitioner_id
                        where e.agency_id = ?1 and e.ended = false and c.expired = false and """ + " " + credentialCondition)
                .setParameter(1, agencyId).getSingleResult();
        return n.intValue();
    }
}
