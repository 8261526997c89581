package cn.safetysupervision.compliance.domain.rules.registry;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.registry.DuplicateQualificationClaimRefusedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** 第十四条第（四）项: a certificate number already held by another agency was claimed — forged, transferred or rented. */
@Singleton
public class Art14Item4CertificateMisuse extends BaseRule implements AutomaticRule {

    public Art14Item4CertificateMisuse() {
        super("ART14-4", 1, "第十四条第（四）项", "伪造、转让或者租借资质、资格证书",
                "Forged, transferred or rented certificates (one certificate number claimed by two agencies)", Severity.SEVERE);
    }

    @Override
    public Set<String> triggers() {
        return Set.of(RegistryEvents.QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var claim = event.dataAs(DuplicateQualificationClaimRefusedV1.class);
        return List.of(new Violation(claim.claimingAgencyId(), SubjectType.AGENCY, claim.claimingAgencyId(),
                Facts.of("certificateNumber", claim.certificateNumber())
                        .and("qualificationType", claim.qualificationType())
                        .and("holderAgencyId", claim.holderAgencyId())
                        .and("holderAgencyName", claim.holderAgencyName())
                        .and("refusedAt", claim.refusedAt()).map()));
    }
}
