package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.domain.CaseStatus;
import cn.safetysupervision.complaint.domain.Category;
import cn.safetysupervision.complaint.domain.Commands;
import cn.safetysupervision.complaint.domain.Handling;
import cn.safetysupervision.complaint.domain.Identities;
import cn.safetysupervision.complaint.domain.Messages;
import cn.safetysupervision.complaint.persistence.AttachmentInfo;
import cn.safetysupervision.complaint.persistence.CaseAudit;
import cn.safetysupervision.complaint.persistence.CaseClock;
import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.complaint.persistence.RegistryAgency;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The case handlers' API (市应急管理局 and 市安全生产协会). */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case handling", description = "Triage, investigation, statements, outcomes, referral, feedback")
@RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
public class CaseResource {

    private final Handling handling;
    private final Identities identities;
    private final ApiMapper mapper;
    private final Caller caller;
    private final ComplaintConfig config;
    private final cn.safetysupervision.complaint.domain.Attachments attachments;

    CaseResource(Handling handling, Identities identities, ApiMapper mapper, Caller caller, ComplaintConfig config,
                 cn.safetysupervision.complaint.domain.Attachments attachments) {
        this.attachments = attachments;
        this.handling = handling;
        this.identities = identities;
        this.mapper = mapper;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Transactional
    @Operation(summary = "Cases in a status, oldest first (default: the triage queue)")
    @APIResponse(responseCode = "200", description = "One page")
    public List<Views.CaseSummary> list(@QueryParam("status") @DefaultValue("RECEIVED") CaseStatus status,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) int size) {
        return handling.queue(status, page, Math.min(size, config.maxPageSize())).stream().map(mapper::summary).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A case with messages, statements, files, clocks and similar open cases about the same agency",
            description = "Without the reporter's identity: that is opened separately, with a written reason.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case")
    public Views.Case get(@PathParam("id") UUID id) {
        return view(handling.get(id));
    }

    @POST
    @Path("/{id}/accept")
    @Transactional
    @Operation(summary = "Accept for investigation", description = "Starts the closing clock. Emits complaint.case.accepted.v1.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "409", description = "Not in the triage queue")
    public Views.Case accept(@PathParam("id") UUID id, @Valid Requests.Accept r) {
        UUID agencyId = r == null ? null : r.agencyId();
        if (agencyId != null && RegistryAgency.findById(agencyId) == null) {
            throw ProblemException.invalidField("agencyId", "no registered agency has this id");
        }
        return view(handling.accept(id, caller.name(), agencyId));
    }

    @POST
    @Path("/{id}/refuse")
    @Transactional
    @Operation(summary = "Refuse with a reason", description = "Duplicate of another case, no target or facts, or out of competence (to whom). Emits refused.v1 and closed.v1.")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "400", description = "Reason incomplete")
    @APIResponse(responseCode = "409", description = "Not in the triage queue")
    public Views.Case refuse(@PathParam("id") UUID id, @NotNull @Valid Requests.Refuse r) {
        return view(handling.refuse(id, caller.name(),
                new Commands.Refusal(r.reason(), r.duplicateOf(), r.competentAuthority(), r.messageToReporter())));
    }

    @POST
    @Path("/{id}/extension")
    @Transactional
    @Operation(summary = "Extend the closing deadline once", description = "By complaint.clocks.extension-days; the reporter sees the reason.")
    @APIResponse(responseCode = "200", description = "Extended")
    @APIResponse(responseCode = "409", description = "Already extended, past due, or not under investigation")
    public Views.Case extend(@PathParam("id") UUID id, @NotNull @Valid Requests.Extension r) {
        return view(handling.extend(id, caller.name(), r.reason()));
    }

    @POST
    @Path("/{id}/statement-requests")
    @Transactional
    @Operation(summary = "Ask the agency concerned for a statement", description = "The agency sees only agencyVersion. Emits statement-requested.v1.")
    @APIResponse(responseCode = "200", description = "Requested")
    @APIResponse(responseCode = "409", description = "Not under investigation")
    @APIResponse(responseCode = "422", description = "The case names no registered agency")
    public Views.Statement requestStatement(@PathParam("id") UUID id, @NotNull @Valid Requests.StatementRequest r) {
        return mapper.statement(handling.requestStatement(id, caller.name(), r.agencyVersion()));
    }

    @POST
    @Path("/{id}/outcome")
    @Transactional
    @Operation(summary = "Record the outcome of the check",
            description = "SUBSTANTIATED (with the rule violated; compliance-service records a confirmed finding), UNSUBSTANTIATED, REFERRED (Art. 19, with the referral record) or CLOSED. Starts the feedback clock.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "Rule, summary or referral missing")
    @APIResponse(responseCode = "409", description = "Not under investigation")
    public Views.Case decide(@PathParam("id") UUID id, @NotNull @Valid Requests.Decision r) {
        Commands.Referral referral = r.referral() == null ? null
                : new Commands.Referral(r.referral().authority(), r.referral().referenceNumber(), r.referral().referredOn());
        return view(handling.decide(id, caller.name(), new Commands.Decision(r.outcome(), r.ruleId(), r.summary(), referral)));
    }

    @POST
    @Path("/{id}/close")
    @Transactional
    @Operation(summary = "Give the reporter the feedback and close", description = "Emits closed.v1.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "No outcome yet")
    public Views.Case close(@PathParam("id") UUID id, @NotNull @Valid Requests.Close r) {
        return view(handling.close(id, caller.name(), r.feedback()));
    }

    @POST
    @Path("/{id}/messages")
    @Transactional
    @Operation(summary = "Write to the reporter (shown with the receipt code)")
    @APIResponse(responseCode = "200", description = "Written")
    public Views.Message message(@PathParam("id") UUID id, @NotNull @Valid Requests.Message r) {
        return mapper.message(handling.message(id, caller.name(), r.body()));
    }

    @POST
    @Path("/{id}/identity-openings")
    @Transactional
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "Open the reporter's identity, with a written reason (regulator only)",
            description = "Audited (who, when, why) and counted for the reporter. The association sees personal data masked and may not open it.")
    @APIResponse(responseCode = "200", description = "The identity")
    @APIResponse(responseCode = "400", description = "No reason written")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    @APIResponse(responseCode = "422", description = "Anonymous, or purged")
    public Views.Identity openIdentity(@PathParam("id") UUID id, @NotNull @Valid Requests.IdentityOpening r) {
        ComplaintCase c = handling.get(id);
        Commands.Identity identity = identities.open(c, caller.name(), r.reason());
        return new Views.Identity(identity.name(), identity.phone(), identity.idNumber(), identity.consentToContact(),
                c.identityOpenings);
    }

    @GET
    @Path("/{id}/identity-openings")
    @Transactional
    @Operation(summary = "Who opened the identity, when and why")
    public List<Views.Opening> openings(@PathParam("id") UUID id) {
        handling.get(id);
        return identities.openings(id).stream().map(mapper::opening).toList();
    }

    @GET
    @Path("/{id}/audit")
    @Transactional
    @Operation(summary = "The case's audit trail (actions without content; kept after the purge)")
    public List<Views.AuditEntry> audit(@PathParam("id") UUID id) {
        handling.get(id);
        return CaseAudit.<CaseAudit>list("caseId = ?1 order by id", id).stream().map(mapper::audit).toList();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Transactional
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (decrypted, SHA-256 checked)")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such attachment on this case (or purged)")
    public jakarta.ws.rs.core.Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentInfo info = AttachmentInfo.findById(attachmentId);
        byte[] bytes = attachments.read(id, attachmentId);
        return jakarta.ws.rs.core.Response.ok(bytes, info.mediaType).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    Views.Case view(ComplaintCase c) {
        RegistryAgency agency = c.agencyId == null ? null : RegistryAgency.findById(c.agencyId);
        return new Views.Case(c.id, c.status, c.category, Category.valueOf(c.category).label(), c.agencyId,
                agency == null ? null : agency.name, c.agencyNamed, c.practitionerNamed, c.project, c.contractReference,
                c.description, c.occurredOn, c.occurredPlace, c.anonymous, c.contactConsent, identities.exists(c.id),
                c.identityOpenings, c.receivedAt, c.triageDueOn, c.triagedAt, c.triagedBy, c.refusalReason, c.duplicateOf,
                c.competentAuthority, c.acceptedAt, c.closeDueOn, c.extendedAt, c.extensionReason, c.outcome, c.ruleId,
                c.outcomeSummary, c.referralAuthority, c.referralNumber, c.referralOn, c.decidedAt, c.decidedBy,
                c.feedbackDueOn, c.closedAt, c.purgedAt, c.version,
                Messages.of(c.id).stream().map(mapper::message).toList(),
                handling.statements(c.id).stream().map(mapper::statement).toList(),
                AttachmentInfo.<AttachmentInfo>list("caseId = ?1 order by createdAt", c.id).stream().map(mapper::attachment).toList(),
                CaseClock.<CaseClock>list("caseId = ?1 order by dueOn", c.id).stream().map(mapper::clock).toList(),
                handling.similarOpen(c).stream().map(mapper::summary).toList());
    }
}
