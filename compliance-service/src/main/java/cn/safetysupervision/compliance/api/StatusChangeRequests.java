package cn.safetysupervision.compliance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bodies of the status changes of a finding. */
public final class StatusChangeRequests {

    private StatusChangeRequests() {
    }

    public record Acknowledge(@Size(max = 2000) String comment) {
    }

    public record Resolve(@NotBlank @Size(max = 2000) String note) {
    }

    public record Dismiss(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A regulator's or the association's confirmation of a suspected finding, with what it rests on. */
    public record Confirm(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The agency's answer to a suspected finding: statement and evidence references (e.g. file hashes, document numbers). */
    public record Respond(@NotBlank @Size(max = 4000) String statement,
                          @Size(max = 20) java.util.List<@NotBlank @Size(max = 500) String> evidenceReferences) {
    }

    /** The referral record (Art. 19). */
    public record Refer(@NotBlank @Size(max = 200) String authority,
                        @NotBlank @Size(max = 100) String referenceNumber,
                        @NotNull @PastOrPresent LocalDate referredOn,
                        @Size(max = 2000) String note) {
    }
}
