package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.domain.SubjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A manual finding recorded by the regulator or the association, for what data cannot show.
 *
 * @param subjectId           the practitioner or contract; for an AGENCY subject it may be omitted (= agencyId)
 * @param description         what was found
 * @param evidenceReferences  where the evidence is (document numbers, file hashes, inspection records)
 * @param facts               further facts by name
 */
public record RecordFindingRequest(
        @NotNull UUID agencyId,
        @NotNull SubjectType subjectType,
        UUID subjectId,
        @NotBlank @Size(max = 30) String ruleId,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> evidenceReferences,
        @Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 2000) String> facts) {
}
