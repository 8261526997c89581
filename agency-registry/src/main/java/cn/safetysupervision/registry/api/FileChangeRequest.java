package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/agencies/{id}/change-filings/{filingId}/filing}. */
public record FileChangeRequest(@NotNull LocalDate filedOn, @Size(max = 100) String filingReference) {
}
