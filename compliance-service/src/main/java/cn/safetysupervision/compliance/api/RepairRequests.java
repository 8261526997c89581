package cn.safetysupervision.compliance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Credit repair of a dishonesty listing. */
public final class RepairRequests {

    private RepairRequests() {
    }

    /** The agency's request, with what it has corrected. */
    public record Request(@NotBlank @Size(max = 4000) String statement) {
    }

    /** A supervisor's decision. */
    public record Decision(@NotNull Boolean granted, @Size(max = 2000) String note) {
    }
}
