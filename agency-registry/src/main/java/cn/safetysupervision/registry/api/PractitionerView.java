package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A practitioner; idNumber is masked except for regulators. */
public record PractitionerView(UUID id, String name, String idNumber, String gender, String phone,
                               List<CredentialView> credentials, Instant createdAt, Instant updatedAt, long version) {
}
