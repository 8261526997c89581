package cn.safetysupervision.contract.domain;

import java.util.UUID;

/** One member of the staffing list, resolved against the registry projection when it was assigned. */
public record StaffAssignment(StaffRole role, UUID practitionerId, String practitionerName, UUID credentialId,
                              String credentialType, String credentialNumber, String credentialSpecialty,
                              String employmentType) {
}
