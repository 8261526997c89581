package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an expiry sweep emitted. */
public record SweepView(int qualificationWarnings, int qualificationsExpired, int credentialWarnings, int credentialsExpired) {
}
