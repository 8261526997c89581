package cn.safetysupervision.contract.domain;

import java.util.UUID;

/** A report signatory with the credential number printed beside the signature. */
public record Signatory(UUID practitionerId, String practitionerName, SignatoryRole role, String credentialNumber) {
}
