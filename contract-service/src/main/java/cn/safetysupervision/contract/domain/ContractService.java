package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.api.ContractRequests;
import cn.safetysupervision.contract.config.ContractConfig;
import cn.safetysupervision.contract.events.ContractEventMapper;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.ContractDeadline;
import cn.safetysupervision.contract.persistence.RegistryCredential;
import cn.safetysupervision.contract.persistence.RegistryEmployment;
import cn.safetysupervision.contract.persistence.RegistryPractitioner;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The contract life cycle: draft, signing with staffing (附件3), amendment, cancellation, completion. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContractService {

    /** Field names a client may mark confidential (disclosure leaves them out). */
    public static final Set<String> CONFIDENTIAL_FIELD_NAMES = Set.of("client.name", "client.creditCode",
            "client.industry", "client.address", "client.contact", "scope", "feeItems", "feeTotal", "staffing");

    static final Set<ContractStatus> RUNNING = EnumSet.of(ContractStatus.SIGNED, ContractStatus.IN_PROGRESS,
            ContractStatus.REPORT_SUBMITTED);

    private final Outbox outbox;
    private final ContractEventMapper events;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final ContractConfig config;
    private final Caller caller;

    ContractService(Outbox outbox, ContractEventMapper events, WorkingCalendar calendar, Deadlines deadlines,
                    ContractConfig config, Caller caller) {
        this.outbox = outbox;
        this.events = events;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.config = config;
        this.caller = caller;
    }

    /** The contract, if the caller may see it; 404 otherwise. */
    public Contract get(UUID id) {
        Contract contract = Contract.findById(id);
        if (contract == null || !caller.mayAccessAgency(contract.agencyId)) {
            throw ProblemException.notFound("contract", id);
        }
        return contract;
    }

    /** Reads for a change (If-Match required); only the owning agency may change its contracts. */
    public Contract forChange(UUID id, String ifMatch) {
        Contract contract = get(id);
        if (caller.agencyId().isEmpty()) {
            throw ProblemException.notFound("contract", id);
        }
        EntityTags.requireMatch(ifMatch, contract.version);
        return contract;
    }

    /**
     * Reads for recording a fact about the contract (If-Match required): the owning agency, or a regulator or the
     * association recording an older fact with a reason (issue 14).
     */
    public Contract forRecording(UUID id, String ifMatch) {
        Contract contract = get(id);
        EntityTags.requireMatch(ifMatch, contract.version);
        return contract;
    }

    public Contract createDraft(UUID agencyId, ContractRequests.Terms terms) {
        if (Contract.count("agencyId = ?1 and contractNumber = ?2", agencyId, terms.contractNumber()) > 0) {
            throw ProblemException.conflict("contract number " + terms.contractNumber() + " is already used by this agency");
        }
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.agencyId = agencyId;
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = caller.name();
        contract.createdAt = Instant.now();
        applyTerms(contract, terms);
        contract.persist();
        return contract;
    }

    public Contract updateDraft(UUID id, String ifMatch, ContractRequests.Terms terms) {
        Contract contract = forChange(id, ifMatch);
        requireStatus(contract, EnumSet.of(ContractStatus.DRAFT), "only a draft can be edited; amend a signed contract");
        if (!contract.contractNumber.equals(terms.contractNumber())
                && Contract.count("agencyId = ?1 and contractNumber = ?2", contract.agencyId, terms.contractNumber()) > 0) {
            throw ProblemException.conflict("contract number " + terms.contractNumber() + " is already used by this agency");
        }
        applyTerms(contract, terms);
        return contract;
    }

    public Contract sign(UUID id, String ifMatch, LocalDate signedDate, String backdatingReason) {
        Contract contract = forRecording(id, ifMatch);
        requireStatus(contract, EnumSet.of(ContractStatus.DRAFT), "only a draft can be signed");
        requireLeads(contract);
        contract.signedDate = signedDate;
        computeDueDates(contract);
        contract.status = ContractStatus.SIGNED;
        contract.updatedAt = Instant.now();
        // issue 14: the typed day is kept beside the time it was recorded, and who gave which reason for an old one
        contract.signedRecordedAt = contract.updatedAt;
        contract.signedRecordedBy = caller.name();
        contract.signedDateReason = backdatingReason == null || backdatingReason.isBlank() ? null : backdatingReason.strip();
        deadlines.open(contract, DeadlineKind.REPORT, contract.reportDueDate);
        deadlines.open(contract, DeadlineKind.RECTIFICATION_CONFIRMATION, contract.rectificationDueDate);
        deadlines.open(contract, DeadlineKind.WRITTEN_NOTICE, contract.writtenNoticeDueDate);
        Contract.getEntityManager().flush();
        outbox.publish(ContractEvents.SIGNED_V1, contract.id, events.signed(contract, caller.name(), contract.updatedAt));
        return contract;
    }

    public Contract amend(UUID id, String ifMatch, ContractRequests.Amend amendment) {
        Contract contract = forChange(id, ifMatch);
        requireStatus(contract, RUNNING, "only a signed, running contract can be amended");
        Map<String, Object> before = snapshot(contract);
        if (!contract.contractNumber.equals(amendment.terms().contractNumber())
                && Contract.count("agencyId = ?1 and contractNumber = ?2", contract.agencyId, amendment.terms().contractNumber()) > 0) {
            throw ProblemException.conflict("contract number " + amendment.terms().contractNumber() + " is already used by this agency");
        }
        applyTerms(contract, amendment.terms());
        requireLeads(contract);
        computeDueDates(contract);
        Map<String, Object> after = snapshot(contract);
        List<String> changed = before.keySet().stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
        if (changed.isEmpty()) {
            throw ProblemException.unprocessable("the amendment changes nothing");
        }
        contract.updatedAt = Instant.now();
        deadlines.reschedule(contract, DeadlineKind.REPORT, contract.reportDueDate);
        deadlines.reschedule(contract, DeadlineKind.RECTIFICATION_CONFIRMATION, contract.rectificationDueDate);
        deadlines.reschedule(contract, DeadlineKind.WRITTEN_NOTICE, contract.writtenNoticeDueDate);
        Contract.getEntityManager().flush();
        outbox.publish(ContractEvents.AMENDED_V1, contract.id,
                events.amended(contract, changed, amendment.reason(), caller.name(), contract.updatedAt));
        return contract;
    }

    public Contract cancel(UUID id, String ifMatch, String reason) {
        Contract contract = forChange(id, ifMatch);
        ContractStatus previous = contract.status;
        requireStatus(contract, EnumSet.of(ContractStatus.DRAFT, ContractStatus.SIGNED, ContractStatus.IN_PROGRESS,
                ContractStatus.REPORT_SUBMITTED), "a completed or cancelled contract cannot be cancelled");
        contract.status = ContractStatus.CANCELLED;
        contract.cancelReason = reason;
        contract.updatedAt = Instant.now();
        deadlines.closeAll(contract.id);
        Contract.getEntityManager().flush();
        outbox.publish(ContractEvents.CANCELLED_V1, contract.id,
                events.cancelled(contract, previous, caller.name(), contract.updatedAt));
        return contract;
    }

    public Contract complete(UUID id, String ifMatch, LocalDate completedDate) {
        Contract contract = forChange(id, ifMatch);
        requireStatus(contract, EnumSet.of(ContractStatus.REPORT_SUBMITTED), "a contract is completed after its report");
        if (completedDate.isBefore(contract.signedDate)) {
            throw ProblemException.invalidField("completedDate", "must not be before the signed date " + contract.signedDate);
        }
        contract.status = ContractStatus.COMPLETED;
        contract.completedDate = completedDate;
        contract.updatedAt = Instant.now();
        LocalDate followUpDue = completedDate.plusDays(config.deadlines().followUpDays());
        deadlines.open(contract, DeadlineKind.FOLLOW_UP, followUpDue);
        Contract.getEntityManager().flush();
        outbox.publish(ContractEvents.COMPLETED_V1, contract.id,
                events.completed(contract, followUpDue, caller.name(), contract.updatedAt));
        return contract;
    }

    static void requireStatus(Contract contract, Set<ContractStatus> allowed, String message) {
        if (!allowed.contains(contract.status)) {
            throw ProblemException.conflict(message + " (status " + contract.status + ")",
                    Map.of("status", contract.status.name()));
        }
    }

    private static void requireLeads(Contract contract) {
        Set<StaffRole> present = EnumSet.noneOf(StaffRole.class);
        contract.staffing.forEach(s -> present.add(s.role()));
        List<String> missing = StaffRole.REQUIRED_LEADS.stream().filter(r -> !present.contains(r)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(cn.safetysupervision.platform.problem.ProblemType.UNPROCESSABLE,
                    "the staffing list (附件3) lacks required leads: " + String.join(", ", missing),
                    List.of(new Problem.FieldError("staffing", "missing " + String.join(", ", missing))),
                    Map.of("missingRoles", missing));
        }
    }

    private void computeDueDates(Contract contract) {
        LocalDate signed = contract.signedDate;
        contract.reportDueDate = contract.reportDueWorkingDays != null
                ? calendar.addWorkingDays(signed, contract.reportDueWorkingDays) : contract.reportDueDate;
        if (contract.rectificationDueWorkingDays != null) {
            contract.rectificationDueDate = calendar.addWorkingDays(signed, contract.rectificationDueWorkingDays);
        }
        if (contract.reportDueDate.isBefore(signed)) {
            throw ProblemException.invalidField("reportDue", "must not be before the signed date " + signed);
        }
        if (contract.rectificationDueDate != null && contract.rectificationDueDate.isBefore(signed)) {
            throw ProblemException.invalidField("rectificationConfirmationDue", "must not be before the signed date " + signed);
        }
        contract.writtenNoticeDueDate = contract.siteWorkRequired && contract.plannedSiteWorkDate != null
                ? calendar.subtractWorkingDays(contract.plannedSiteWorkDate, config.deadlines().writtenNoticeLeadWorkingDays())
                : null;
    }

    private void applyTerms(Contract contract, ContractRequests.Terms terms) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!CreditCode.isValid(terms.client().creditCode())) {
            errors.add(new Problem.FieldError("client.creditCode", "check character does not match (GB 32100-2015)"));
        }
        BigDecimal sum = terms.feeItems().stream().map(ContractRequests.FeeItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (terms.feeTotal() != null && terms.feeTotal().compareTo(sum) != 0) {
            errors.add(new Problem.FieldError("feeTotal", "is " + terms.feeTotal() + " but the items add up to " + sum));
        }
        checkDue("reportDue", terms.reportDue(), errors);
        if (terms.rectificationConfirmationDue() != null) {
            checkDue("rectificationConfirmationDue", terms.rectificationConfirmationDue(), errors);
        }
        if (!terms.siteWorkRequired() && terms.plannedSiteWorkDate() != null) {
            errors.add(new Problem.FieldError("plannedSiteWorkDate", "given although siteWorkRequired is false"));
        }
        List<String> confidential = terms.confidentialFields() == null ? List.of() : terms.confidentialFields();
        for (String field : confidential) {
            if (!CONFIDENTIAL_FIELD_NAMES.contains(field)) {
                errors.add(new Problem.FieldError("confidentialFields", "unknown field '" + field + "'; allowed: "
                        + String.join(", ", CONFIDENTIAL_FIELD_NAMES.stream().sorted().toList())));
            }
        }
        List<StaffAssignment> staffing = resolveStaffing(contract.agencyId,
                terms.staffing() == null ? List.of() : terms.staffing(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        contract.contractNumber = terms.contractNumber();
        contract.clientName = terms.client().name();
        contract.clientCreditCode = terms.client().creditCode();
        contract.clientIndustry = terms.client().industry();
        contract.clientAddress = terms.client().address();
        contract.clientContact = terms.client().contact();
        contract.serviceType = terms.serviceType();
        contract.scope = terms.scope();
        contract.feeItems = terms.feeItems().stream().map(i -> new FeeItem(i.description(), i.amount())).toList();
        contract.feeTotal = sum;
        contract.siteWorkRequired = terms.siteWorkRequired();
        contract.plannedSiteWorkDate = terms.plannedSiteWorkDate();
        contract.reportDueDate = terms.reportDue().date();
        contract.reportDueWorkingDays = terms.reportDue().workingDays();
        Optional<ContractRequests.Due> rect = Optional.ofNullable(terms.rectificationConfirmationDue());
        contract.rectificationDueDate = rect.map(ContractRequests.Due::date).orElse(null);
        contract.rectificationDueWorkingDays = rect.map(ContractRequests.Due::workingDays).orElse(null);
        contract.confidentialFields = List.copyOf(confidential);
        contract.staffing = staffing;
        contract.updatedAt = Instant.now();
    }

    private static void checkDue(String field, ContractRequests.Due due, List<Problem.FieldError> errors) {
        if ((due.date() == null) == (due.workingDays() == null)) {
            errors.add(new Problem.FieldError(field, "give exactly one of date or workingDays"));
        }
    }

    /** Resolves each member against the projection: the credential must be the practitioner's own. */
    private static List<StaffAssignment> resolveStaffing(UUID agencyId, List<ContractRequests.StaffMember> members,
                                                         List<Problem.FieldError> errors) {
        List<StaffAssignment> resolved = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            ContractRequests.StaffMember m = members.get(i);
            String at = "staffing[" + i + "]";
            RegistryPractitioner practitioner = RegistryPractitioner.findById(m.practitionerId());
            RegistryCredential credential = RegistryCredential.findById(m.credentialId());
            if (practitioner == null) {
                errors.add(new Problem.FieldError(at + ".practitionerId", "unknown practitioner " + m.practitionerId()));
                continue;
            }
            if (credential == null || !credential.practitionerId.equals(m.practitionerId())) {
                errors.add(new Problem.FieldError(at + ".credentialId", "not a credential of practitioner " + m.practitionerId()));
                continue;
            }
            String employmentType = RegistryEmployment.<RegistryEmployment>find(
                            "agencyId = ?1 and practitionerId = ?2 and ended = false", agencyId, m.practitionerId())
                    .firstResultOptional().map(e -> e.employmentType).orElse(null);
            resolved.add(new StaffAssignment(m.role(), practitioner.id, practitioner.name, credential.id,
                    credential.credentialType, credential.number, credential.specialty, employmentType));
        }
        return resolved;
    }

    private static Map<String, Object> snapshot(Contract c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("contractNumber", c.contractNumber);
        s.put("client", List.of(c.clientName, c.clientCreditCode, c.clientIndustry, c.clientAddress, String.valueOf(c.clientContact)));
        s.put("serviceType", c.serviceType);
        s.put("scope", c.scope);
        s.put("feeItems", c.feeItems.stream().map(i -> i.description() + "=" + i.amount().stripTrailingZeros().toPlainString()).toList());
        s.put("siteWorkRequired", c.siteWorkRequired);
        s.put("plannedSiteWorkDate", c.plannedSiteWorkDate);
        s.put("reportDueDate", c.reportDueDate);
        s.put("rectificationConfirmationDueDate", c.rectificationDueDate);
        s.put("confidentialFields", c.confidentialFields);
        s.put("staffing", c.staffing.stream().map(m -> m.role() + ":" + m.practitionerId() + ":" + m.credentialId()).toList());
        return s;
    }
}
