package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.domain.CaseStatus;
import cn.safetysupervision.complaint.domain.Attachments;
import cn.safetysupervision.complaint.domain.Cases;
import cn.safetysupervision.complaint.domain.Category;
import cn.safetysupervision.complaint.domain.CodeThrottle;
import cn.safetysupervision.complaint.domain.Commands;
import cn.safetysupervision.complaint.domain.Outcome;
import cn.safetysupervision.complaint.domain.RefusalReason;
import cn.safetysupervision.complaint.domain.RegistryProjection;
import cn.safetysupervision.complaint.persistence.AttachmentInfo;
import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.complaint.domain.Messages;
import cn.safetysupervision.platform.http.ClientAddresses;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/**
 * The reporter's API: no login. The receipt code travels only in request bodies or a header — never in a URL,
 * which proxies and logs keep.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public complaints", description = "举报: intake (anonymous allowed), follow-up with the receipt code")
public class PublicResource {

    private final Cases cases;
    private final RegistryProjection registry;
    private final PublicTexts texts;
    private final ApiMapper mapper;
    private final Attachments attachments;
    private final ClientAddresses clientAddresses;

    PublicResource(Cases cases, RegistryProjection registry, PublicTexts texts, ApiMapper mapper, Attachments attachments,
                   ClientAddresses clientAddresses) {
        this.attachments = attachments;
        this.clientAddresses = clientAddresses;
        this.cases = cases;
        this.registry = registry;
        this.texts = texts;
        this.mapper = mapper;
    }

    @GET
    @Path("/info")
    @PermitAll
    @Operation(summary = "Hotlines, the clocks in words and the categories")
    public Views.PublicInfo info() {
        return new Views.PublicInfo(texts.hotlines(), texts.clocks(null), texts.categories());
    }

    @GET
    @Path("/agencies")
    @PermitAll
    @Transactional
    @Operation(summary = "Find an agency by name or 统一社会信用代码", description = "At most 10 matches; a query shorter than 2 characters finds none.")
    public List<Views.AgencyMatch> agencies(@QueryParam("q") String query) {
        return registry.search(query).stream().map(mapper::agency).toList();
    }

    @POST
    @Path("/complaints")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a complaint", description = "Answers the 16-digit receipt code once; it cannot be shown again. Emits complaint.case.received.v1 (no content, no identity).")
    @APIResponse(responseCode = "201", description = "Received; the body holds the receipt code")
    @APIResponse(responseCode = "400", description = "Invalid field (the problem names the field, never the value)")
    public Response submit(@NotNull @Valid Requests.Complaint r) {
        Commands.Identity identity = r.identity() == null ? null
                : new Commands.Identity(r.identity().name(), r.identity().phone(), r.identity().idNumber(),
                r.identity().consentToContact());
        Cases.Receipt receipt = cases.receive(new Commands.Intake(r.agencyId(), r.agencyName(), r.practitionerName(),
                r.project(), r.contractReference(), r.category(), r.description(), r.occurredOn(), r.occurredPlace(), identity));
        ComplaintCase c = receipt.complaint();
        return Response.status(201).header("Cache-Control", "no-store").entity(new Views.Receipt(receipt.code(), c.receivedAt,
                c.status, CaseStatus.valueOf(c.status).label(), c.triageDueOn, texts.clocks(c.triageDueOn), texts.hotlines(),
                "请妥善保存查询码：它只显示这一次，凭它可查询办理进度、补充材料；我们无法找回或重发。")).build();
    }

    @POST
    @Path("/follow-up")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a case with its receipt code", description = "Wrong codes are throttled per source with growing delays. The source is the connection's peer, or the address a trusted proxy forwarded (platform.http.trusted-proxies).")
    @APIResponse(responseCode = "200", description = "The case as the reporter sees it")
    @APIResponse(responseCode = "404", description = "No case has this code (also for a malformed code)")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this source; retryAfterSeconds says when")
    public Response followUp(@NotNull @Valid Requests.Code r, @Context HttpServerRequest request) {
        ComplaintCase c = cases.byCode(r.receiptCode(), source(request));
        return noStore(QuarkusTransaction.requiringNew().call(() -> view(ComplaintCase.findById(c.id))));
    }

    @POST
    @Path("/follow-up/messages")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the handler with the receipt code")
    @APIResponse(responseCode = "200", description = "Written; the case as the reporter sees it")
    @APIResponse(responseCode = "404", description = "No case has this code")
    @APIResponse(responseCode = "409", description = "The case is closed")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this source")
    public Response reply(@NotNull @Valid Requests.ReporterMessage r, @Context HttpServerRequest request) {
        ComplaintCase found = cases.byCode(r.receiptCode(), source(request));
        return noStore(QuarkusTransaction.requiringNew().call(() -> {
            ComplaintCase c = ComplaintCase.findById(found.id);
            cases.reply(c, r.body());
            return view(c);
        }));
    }

    @POST
    @Path("/follow-up/attachments")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a file (JPEG, PNG or PDF) to the case, with the receipt code in X-Receipt-Code",
            description = "The body is the file itself. The type is judged by content; the file is encrypted at rest and its SHA-256 kept.")
    @APIResponse(responseCode = "201", description = "Stored; its SHA-256 and size")
    @APIResponse(responseCode = "404", description = "No case has this code")
    @APIResponse(responseCode = "409", description = "Case closed, or the file limit reached")
    @APIResponse(responseCode = "413", description = "Larger than complaint.attachments.max-bytes")
    @APIResponse(responseCode = "415", description = "Not an image or PDF by content")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this source")
    public Response attach(@HeaderParam("X-Receipt-Code") String code, @HeaderParam("Content-Length") Long length,
                           InputStream body, @Context HttpServerRequest request) {
        ComplaintCase c = cases.byCode(code, source(request));
        return Response.status(201).entity(mapper.attachment(attachments.upload(c.id, "REPORTER", length, body))).build();
    }

    /** The throttle's source: the client (behind a trusted proxy, the forwarded one), IPv6 cut to its /64. */
    String source(HttpServerRequest request) {
        return CodeThrottle.sourceOf(clientAddresses.of(request));
    }

    private static Response noStore(Object body) {
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    Views.FollowUp view(ComplaintCase c) {
        RefusalReason refusal = c.refusalReason == null ? null : RefusalReason.valueOf(c.refusalReason);
        Outcome outcome = c.outcome == null ? null : Outcome.valueOf(c.outcome);
        return new Views.FollowUp(c.status, CaseStatus.valueOf(c.status).label(), c.category,
                Category.valueOf(c.category).label(), c.receivedAt, c.triageDueOn, c.refusalReason,
                refusal == null ? null : refusal.label(), c.competentAuthority, c.acceptedAt, c.closeDueOn,
                c.extensionReason, c.outcome, outcome == null ? null : outcome.label(), c.decidedAt, c.feedbackDueOn,
                c.closedAt, Messages.of(c.id).stream().map(mapper::message).toList(), c.identityOpenings,
                (int) AttachmentInfo.count("caseId", c.id), c.purgedAt != null, texts.hotlines());
    }
}
