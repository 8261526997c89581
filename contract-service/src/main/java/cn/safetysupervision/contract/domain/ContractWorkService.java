package cn.safetysupervision.contract.domain;

import cn.safetysupervision.platform.time.TypedDates;
import cn.safetysupervision.contract.api.ContractRequests;
import cn.safetysupervision.contract.config.ContractConfig;
import cn.safetysupervision.contract.events.ContractEventMapper;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.FollowUp;
import cn.safetysupervision.contract.persistence.Hazard;
import cn.safetysupervision.contract.persistence.RegistryPractitioner;
import cn.safetysupervision.contract.persistence.Report;
import cn.safetysupervision.contract.persistence.SiteVisit;
import cn.safetysupervision.contract.persistence.WrittenNotice;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Facts recorded during a running contract: written notice, site visits, hazards, the report, follow-ups. It
 * records what happened and refuses only malformed or impossible data; judging is compliance-service's job.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContractWorkService {

    private final ContractService contracts;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final ContractEventMapper events;
    private final WorkingCalendar calendar;
    private final ContractConfig config;
    private final Caller caller;

    private final TypedDates typedDates;

    ContractWorkService(ContractService contracts, Deadlines deadlines, Outbox outbox, ContractEventMapper events,
                        WorkingCalendar calendar, ContractConfig config, Caller caller, TypedDates typedDates) {
        this.typedDates = typedDates;
        this.contracts = contracts;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.events = events;
        this.calendar = calendar;
        this.config = config;
        this.caller = caller;
    }

    public WrittenNotice fileNotice(UUID contractId, ContractRequests.WrittenNotice request) {
        Contract contract = running(contractId);
        typedDates.check("noticeDate", request.noticeDate(), request.backdatingReason());
        WrittenNotice notice = new WrittenNotice();
        notice.id = UUID.randomUUID();
        notice.contractId = contractId;
        notice.authority = request.authority();
        notice.noticeDate = request.noticeDate();
        notice.documentSha256 = request.documentSha256();
        notice.filedBy = caller.name();
        notice.filedAt = Instant.now();
        notice.persist();
        deadlines.satisfy(contractId, DeadlineKind.WRITTEN_NOTICE);
        outbox.publish(ContractEvents.WRITTEN_NOTICE_FILED_V1, contractId, events.noticeFiled(notice, contract,
                // a supervisor's date is the authority's word; an agency's is not verifiable (issue 14)
                caller.agencyId().isEmpty()));
        return notice;
    }

    public SiteVisit recordSiteVisit(UUID contractId, ContractRequests.SiteVisit request) {
        Contract contract = running(contractId);
        if (request.endedAt() != null && request.endedAt().isBefore(request.startedAt())) {
            throw ProblemException.invalidField("endedAt", "must not be before startedAt");
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ProblemException.invalidField("latitude", "give both latitude and longitude, or neither");
        }
        requireKnownPractitioners("practitionerIds", request.practitionerIds());
        typedDates.check("startedAt", request.startedAt(), request.backdatingReason());
        SiteVisit visit = new SiteVisit();
        visit.id = UUID.randomUUID();
        visit.contractId = contractId;
        visit.startedAt = request.startedAt();
        visit.endedAt = request.endedAt();
        visit.address = request.address();
        visit.latitude = request.latitude();
        visit.longitude = request.longitude();
        visit.practitionerIds = List.copyOf(request.practitionerIds());
        visit.note = request.note();
        visit.recordedBy = caller.name();
        visit.recordedAt = Instant.now();
        visit.backdatingReason = TypedDates.reason(request.backdatingReason());
        visit.persist();
        if (contract.status == ContractStatus.SIGNED) {
            contract.status = ContractStatus.IN_PROGRESS;
            contract.updatedAt = visit.recordedAt;
        }
        outbox.publish(ContractEvents.SITE_VISIT_RECORDED_V1, contractId, events.siteVisit(visit, contract.agencyId));
        return visit;
    }

    public Hazard reportHazard(UUID contractId, ContractRequests.Hazard request) {
        Contract contract = running(contractId);
        Hazard hazard = new Hazard();
        hazard.id = UUID.randomUUID();
        hazard.contractId = contractId;
        hazard.description = request.description();
        hazard.location = request.location();
        hazard.severity = request.severity();
        hazard.advice = request.advice();
        hazard.rectificationDueDate = request.rectificationDueDate();
        hazard.status = HazardStatus.OPEN;
        hazard.reportedBy = caller.name();
        hazard.reportedAt = Instant.now();
        hazard.persist();
        if (contract.status == ContractStatus.SIGNED) {
            contract.status = ContractStatus.IN_PROGRESS;
            contract.updatedAt = hazard.reportedAt;
        }
        outbox.publish(ContractEvents.HAZARD_REPORTED_V1, contractId, events.hazardReported(hazard, contract.agencyId));
        return hazard;
    }

    public Hazard hazard(UUID contractId, UUID hazardId) {
        contracts.get(contractId);
        Hazard hazard = Hazard.findById(hazardId);
        if (hazard == null || !hazard.contractId.equals(contractId)) {
            throw ProblemException.notFound("hazard", hazardId);
        }
        return hazard;
    }

    public Hazard rectify(UUID contractId, UUID hazardId, String ifMatch, ContractRequests.Rectification request) {
        Contract contract = contracts.forChange(contractId, "*");
        Hazard hazard = hazardForChange(contractId, hazardId, ifMatch,
                EnumSet.of(HazardStatus.OPEN, HazardStatus.CANNOT_RECTIFY_SOON), "only an open or deferred hazard can be rectified");
        hazard.status = HazardStatus.RECTIFIED;
        hazard.rectifiedDate = request.rectifiedDate();
        Hazard.getEntityManager().flush();
        outbox.publish(ContractEvents.HAZARD_RECTIFIED_V1, contractId,
                events.hazardRectified(hazard, contract.agencyId, request.note(), caller.name(), Instant.now()));
        return hazard;
    }

    public Hazard confirm(UUID contractId, UUID hazardId, String ifMatch, ContractRequests.Confirmation request) {
        Contract contract = contracts.forChange(contractId, "*");
        Hazard hazard = hazardForChange(contractId, hazardId, ifMatch, EnumSet.of(HazardStatus.RECTIFIED),
                "only a rectified hazard can be confirmed");
        if (request.confirmedDate().isBefore(hazard.rectifiedDate)) {
            throw ProblemException.invalidField("confirmedDate", "must not be before the rectified date " + hazard.rectifiedDate);
        }
        hazard.status = HazardStatus.CONFIRMED;
        hazard.confirmedDate = request.confirmedDate();
        Hazard.getEntityManager().flush();
        outbox.publish(ContractEvents.HAZARD_CONFIRMED_V1, contractId,
                events.hazardConfirmed(hazard, contract.agencyId, request.note(), caller.name(), Instant.now()));
        satisfyRectificationIfDone(contract);
        return hazard;
    }

    public Hazard defer(UUID contractId, UUID hazardId, String ifMatch, ContractRequests.Deferral request) {
        Contract contract = contracts.forChange(contractId, "*");
        Hazard hazard = hazardForChange(contractId, hazardId, ifMatch, EnumSet.of(HazardStatus.OPEN),
                "only an open hazard can be recorded as cannot-rectify-soon");
        hazard.status = HazardStatus.CANNOT_RECTIFY_SOON;
        hazard.deferralReason = request.reason();
        hazard.interimMeasures = request.interimMeasures();
        hazard.plannedRectificationDate = request.plannedRectificationDate();
        Hazard.getEntityManager().flush();
        outbox.publish(ContractEvents.HAZARD_DEFERRED_V1, contractId,
                events.hazardDeferred(hazard, contract.agencyId, caller.name(), Instant.now()));
        satisfyRectificationIfDone(contract);
        return hazard;
    }

    public Report submitReport(UUID contractId, ContractRequests.Report request) {
        Contract contract = contracts.forChange(contractId, "*");
        ContractService.requireStatus(contract, EnumSet.of(ContractStatus.SIGNED, ContractStatus.IN_PROGRESS),
                "a report is submitted for a signed contract that has none yet");
        if (request.issueDate().isBefore(contract.signedDate)) {
            throw ProblemException.invalidField("issueDate", "must not be before the signed date " + contract.signedDate);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        long teamLeads = request.signatories().stream().filter(s -> s.role() == SignatoryRole.TEAM_LEAD).count();
        long reviewers = request.signatories().stream().filter(s -> s.role() == SignatoryRole.FINAL_REVIEWER).count();
        if (teamLeads != 1) {
            errors.add(new Problem.FieldError("signatories", "exactly one TEAM_LEAD must sign (found " + teamLeads + ")"));
        }
        if (reviewers < 1) {
            errors.add(new Problem.FieldError("signatories", "a FINAL_REVIEWER must sign"));
        }
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; i < request.signatories().size(); i++) {
            ContractRequests.ReportSignatory s = request.signatories().get(i);
            RegistryPractitioner p = RegistryPractitioner.findById(s.practitionerId());
            if (p == null) {
                errors.add(new Problem.FieldError("signatories[" + i + "].practitionerId", "unknown practitioner " + s.practitionerId()));
            } else {
                signatories.add(new Signatory(p.id, p.name, s.role(), s.credentialNumber()));
            }
        }
        List<UUID> hazardIds = request.hazardIds() == null ? List.of() : List.copyOf(request.hazardIds());
        for (UUID hazardId : hazardIds) {
            Hazard h = Hazard.findById(hazardId);
            if (h == null || !h.contractId.equals(contractId)) {
                errors.add(new Problem.FieldError("hazardIds", "hazard " + hazardId + " is not one of this contract's"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.contractId = contractId;
        report.reportNumber = request.reportNumber();
        report.reportType = request.reportType();
        report.issueDate = request.issueDate();
        report.signatories = signatories;
        report.summary = request.summary();
        report.hazardIds = hazardIds;
        report.disclosureDueDate = calendar.addWorkingDays(request.issueDate(), config.deadlines().disclosureWorkingDays());
        report.submittedBy = caller.name();
        report.submittedAt = Instant.now();
        report.persist();
        contract.status = ContractStatus.REPORT_SUBMITTED;
        contract.updatedAt = report.submittedAt;
        deadlines.satisfy(contractId, DeadlineKind.REPORT);
        satisfyRectificationIfDone(contract);
        Report.getEntityManager().flush();
        outbox.publish(ContractEvents.REPORT_SUBMITTED_V1, contractId, events.report(report, contract.agencyId));
        return report;
    }

    public FollowUp recordFollowUp(UUID contractId, ContractRequests.FollowUp request) {
        Contract contract = contracts.forRecording(contractId, "*");
        ContractService.requireStatus(contract, EnumSet.of(ContractStatus.COMPLETED), "follow-up visits come after completion");
        if (request.visitDate().isBefore(contract.completedDate)) {
            throw ProblemException.invalidField("visitDate", "must not be before the completion date " + contract.completedDate);
        }
        typedDates.check("visitDate", request.visitDate(), request.backdatingReason());
        requireKnownPractitioners("practitionerIds", request.practitionerIds());
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.contractId = contractId;
        followUp.visitDate = request.visitDate();
        followUp.practitionerIds = List.copyOf(request.practitionerIds());
        followUp.findings = request.findings();
        followUp.recordedBy = caller.name();
        followUp.recordedAt = Instant.now();
        followUp.backdatingReason = TypedDates.reason(request.backdatingReason());
        followUp.persist();
        deadlines.satisfy(contractId, DeadlineKind.FOLLOW_UP);
        outbox.publish(ContractEvents.FOLLOW_UP_RECORDED_V1, contractId, events.followUp(followUp, contract.agencyId));
        return followUp;
    }

    /** Site work, hazards and notices belong to a signed contract that is not finished. */
    private Contract running(UUID contractId) {
        // the owning agency, or a supervisor recording an older fact (the endpoints' roles decide which may)
        Contract contract = contracts.forRecording(contractId, "*");
        ContractService.requireStatus(contract, ContractService.RUNNING, "the contract is not running");
        return contract;
    }

    private Hazard hazardForChange(UUID contractId, UUID hazardId, String ifMatch, EnumSet<HazardStatus> allowed,
                                   String message) {
        Hazard hazard = hazard(contractId, hazardId);
        EntityTags.requireMatch(ifMatch, hazard.version);
        if (!allowed.contains(hazard.status)) {
            throw ProblemException.conflict(message + " (status " + hazard.status + ")");
        }
        return hazard;
    }

    /** Rectification confirmation is delivered once the report is out and no hazard awaits confirmation. */
    private void satisfyRectificationIfDone(Contract contract) {
        if (contract.status != ContractStatus.REPORT_SUBMITTED && contract.status != ContractStatus.COMPLETED) {
            return;
        }
        long waiting = Hazard.count("contractId = ?1 and status in ?2", contract.id,
                List.of(HazardStatus.OPEN, HazardStatus.RECTIFIED));
        if (waiting == 0) {
            deadlines.satisfy(contract.id, DeadlineKind.RECTIFICATION_CONFIRMATION);
        }
    }

    private static void requireKnownPractitioners(String field, List<UUID> ids) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (UUID id : ids) {
            if (RegistryPractitioner.findById(id) == null) {
                errors.add(new Problem.FieldError(field, "unknown practitioner " + id));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
