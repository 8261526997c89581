package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.domain.FindingService;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.ComplianceRule;
import cn.safetysupervision.compliance.domain.rules.RuleCatalog;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.complaint.CaseSubstantiatedV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.platform.events.InboundEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import cn.safetysupervision.platform.events.PoisonEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * complaint-service's substantiated complaints become manual findings under the rule the handler chose: a
 * person's decision, so recorded as a manual finding (confirmed, not a suspicion) and counted in the integrity
 * record. The triggering event id makes a redelivery change nothing. Other complaint events are ignored.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "compliance.complaint-case";

    private final InboundEvents inbound;
    private final FindingService findings;
    private final RuleCatalog rules;
    private final CreditService credit;

    ComplaintEventsConsumer(InboundEvents inbound, FindingService findings, RuleCatalog rules, CreditService credit) {
        this.inbound = inbound;
        this.findings = findings;
        this.rules = rules;
        this.credit = credit;
    }

    @Incoming("complaint-case")
    @Blocking(ordered = true)
    public void onComplaintEvents(ConsumerRecords<String, String> records) {
        // Integrity records are locked at the end of each transaction, in agency order (see CreditService).
        inbound.handleBatch(CONSUMER, records, events -> credit.deferAdditionsUntilCommit(), this::apply,
                credit::applyDeferredAdditions);
    }

    void apply(IncomingEvent event) {
        if (!event.type().equals(ComplaintEvents.SUBSTANTIATED_V1.type())) {
            return;
        }
        CaseSubstantiatedV1 e = event.dataAs(CaseSubstantiatedV1.class);
        ComplianceRule rule = rules.byId(e.ruleId())
                .orElseThrow(() -> new PoisonEventException("no rule " + e.ruleId() + " in the catalog"));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("description", e.summary());
        facts.put("source", "complaint");
        facts.put("complaintCaseId", e.caseId().toString());
        facts.put("decidedBy", e.decidedBy());
        facts.put("decidedAt", e.decidedAt().toString());
        findings.flag(rule, new Violation(e.agencyId(), SubjectType.AGENCY, e.agencyId(), facts), List.of(event.id()),
                "MANUAL", e.decidedBy());
    }
}
