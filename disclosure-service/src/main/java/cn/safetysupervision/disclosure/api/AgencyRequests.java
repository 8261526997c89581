package cn.safetysupervision.disclosure.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the agency endpoints. */
public final class AgencyRequests {

    private AgencyRequests() {
    }

    /** The site images (archived evidence of the report's contract) to show with the disclosure. */
    public record PublishReport(@NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = "[0-9a-fA-F-]{36}") String> imageEvidenceIds) {
    }

    /** A new version of the price list: each item has a price or a pricing method (Art. 16 明码标价). */
    public record PublishPrices(@NotNull LocalDate effectiveOn, @NotEmpty @Size(max = 100) List<@NotNull @Valid PriceItem> items) {
    }

    public record PriceItem(@NotBlank @Size(max = 100) String item, @NotBlank @Size(max = 1000) String content,
                            @DecimalMin("0") BigDecimal price, @Size(max = 500) String pricingMethod) {
    }

    public record Published(String reportId, LocalDate publishedOn, boolean onTime, String publicUrl) {
    }

    public record PricesPublished(int version, String publicUrl) {
    }
}
