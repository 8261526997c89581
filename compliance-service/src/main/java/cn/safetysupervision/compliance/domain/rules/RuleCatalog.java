package cn.safetysupervision.compliance.domain.rules;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule of this service, manual and automatic, in id order. */
@Singleton
public class RuleCatalog {

    private final List<ComplianceRule> rules;
    private final List<AutomaticRule> automatic;

    RuleCatalog(Instance<ComplianceRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(ComplianceRule::id)).toList();
        this.automatic = this.rules.stream().filter(AutomaticRule.class::isInstance).map(AutomaticRule.class::cast).toList();
    }

    public List<ComplianceRule> all() {
        return rules;
    }

    public Optional<ComplianceRule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The automatic rules that judge events of this type. */
    public List<AutomaticRule> triggeredBy(String eventType) {
        return automatic.stream().filter(r -> r.triggers().contains(eventType)).toList();
    }
}
