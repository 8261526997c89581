package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training record. */
public record TrainingView(UUID id, UUID practitionerId, UUID agencyId, TrainingCategory topicCategory, String topic,
                           BigDecimal hours, LocalDate trainedOn, String provider, String recordedBy, Instant recordedAt) {
}
