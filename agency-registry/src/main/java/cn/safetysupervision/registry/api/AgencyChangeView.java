package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One entry of an agency's change history. */
public record AgencyChangeView(String field, String before, String after, String changedBy, Instant changedAt) {
}
