package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** 附件2 signed record. */
public record CommitmentView(UUID id, UUID agencyId, String agencyName, String creditCode, String signatory,
                             String signatoryTitle, LocalDate signedOn, String documentSha256, String commitmentVersion,
                             List<String> commitments, String recordedBy, Instant recordedAt) {
}
