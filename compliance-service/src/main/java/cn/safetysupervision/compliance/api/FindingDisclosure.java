package cn.safetysupervision.compliance.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an agency may read of a finding about itself (issue 14): never other agencies' ids or names, their contract
 * or report numbers, or their clients. Regulators and the association see every fact.
 */
final class FindingDisclosure {

    /** Fact names (as the rules write them) that describe a third party. */
    static final Set<String> THIRD_PARTY_FACTS = Set.of("holderAgencyId", "holderAgencyName", "conflictingAgencyId",
            "conflictingAgencyName", "conflictingFrom", "credentialsOnOpenContractsOfOtherAgencies",
            "similarReportNumber", "similarReportId", "similarContractId", "otherAgencyId", "otherAgencyName",
            "otherContractNumber", "otherClientName");

    private FindingDisclosure() {
    }

    static FindingView forAgency(FindingView view) {
        Map<String, String> visible = new LinkedHashMap<>();
        int withheld = 0;
        for (var fact : view.facts().entrySet()) {
            if (THIRD_PARTY_FACTS.contains(fact.getKey())) {
                withheld++;
            } else {
                visible.put(fact.getKey(), fact.getValue());
            }
        }
        return view.withFacts(visible, withheld);
    }
}
