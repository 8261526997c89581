package cn.safetysupervision.compliance.api;

import java.math.BigDecimal;
import java.time.Instant;

public record ReferencePriceView(String serviceType, String industry, BigDecimal amount, String note,
                                 String updatedBy, Instant updatedAt) {
}
