package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A credential (certificate or title). valid is computed for today; only VERIFIED ones count (issue 14). */
public record CredentialView(UUID id, CredentialType credentialType, CredentialLevel level, String titleName,
                             String specialty, String number, String issuer, LocalDate validTo, boolean valid,
                             Instant recordedAt, String status, String decidedBy, Instant decidedAt,
                             String decisionReason) {
}
