package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.FindingStatus;
import cn.safetysupervision.compliance.domain.ReviewItemKind;
import cn.safetysupervision.compliance.domain.Verdict;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.compliance.persistence.ListingProposal;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one review queue (待处理事项) of regulators and the association (issue 14). Items live in two services:
 * compliance-service owns suspected findings and listing proposals; agency-registry's declared certificates,
 * certificate conflicts and refused employments are projected here from its events. Each item names the service
 * and endpoint that decides it, so a client needs this one list and no second queue.
 */
@Path("/api/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review queue", description = "待处理事项: what waits for a regulator's or the association's decision")
public class ReviewQueueResource {

    private static final String REGISTRY = "agency-registry";
    private static final String COMPLIANCE = "compliance-service";
    /** Items projected from agency-registry's events. */
    private static final java.util.Set<ReviewItemKind> REGISTRY_KINDS = java.util.EnumSet.of(
            ReviewItemKind.CERTIFICATE_DECLARED, ReviewItemKind.CERTIFICATE_CONFLICT, ReviewItemKind.CREDENTIAL_DECLARED,
            ReviewItemKind.EMPLOYMENT_CONFLICT);

    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller caller;
    private final ComplianceConfig config;

    ReviewQueueResource(EntityManager em, ObjectMapper json, Caller caller, ComplianceConfig config) {
        this.em = em;
        this.json = json;
        this.caller = caller;
        this.config = config;
    }

    /** One decision a person can take on an item: POST to {@code href} on {@code service}. */
    public record Decision(String action, String method, String service, String href, String body) {
    }

    /** An item waiting for a person. {@code summary} is what to decide on; {@code decisions} where to decide. */
    public record Item(String kind, UUID subjectId, UUID agencyId, Instant raisedAt, Map<String, String> summary,
                       List<Decision> decisions) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "What waits for a person, oldest first",
            description = "Optionally of one agency (agencyId). Declared certificates, certificate conflicts, declared practitioner "
                    + "credentials, employment conflicts (projected from "
                    + "agency-registry's events, so they appear once the event has arrived), suspected findings and "
                    + "dishonesty-listing proposals, each with the endpoints that decide it.")
    @APIResponse(responseCode = "200", description = "The oldest items (at most limit)")
    @APIResponse(responseCode = "400", description = "Unknown kind or limit out of range")
    public List<Item> list(@QueryParam("kind") String kind, @QueryParam("agencyId") UUID agencyId,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        if (limit > config.maxPageSize()) {
            throw ProblemException.invalidField("limit", "must be at most " + config.maxPageSize());
        }
        ReviewItemKind only = null;
        if (kind != null) {
            try {
                only = ReviewItemKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("kind", "must be one of " + java.util.Arrays.toString(ReviewItemKind.values()));
            }
        }
        List<Item> items = new ArrayList<>();
        if (only == null || REGISTRY_KINDS.contains(only)) {
            @SuppressWarnings("unchecked")
            List<String> kinds = only == null ? REGISTRY_KINDS.stream().map(Enum::name).toList() : List.of(only.name());
            var query = em.createNativeQuery("""
                    select kind, subject_id, agency_id, raised_at, cast(summary as text) from review_item
                    where closed_at is null and kind in (?1)""" + (agencyId == null ? "" : " and agency_id = ?3")
                    + " order by raised_at limit ?2").setParameter(1, kinds).setParameter(2, limit);
            if (agencyId != null) {
                query.setParameter(3, agencyId);
            }
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                ReviewItemKind k = ReviewItemKind.valueOf((String) row[0]);
                UUID subject = (UUID) row[1];
                Map<String, String> summary = summary((String) row[4]);
                items.add(new Item(k.name(), subject, (UUID) row[2], toInstant(row[3]), summary,
                        registryDecisions(k, subject, summary)));
            }
        }
        if (only == null || only == ReviewItemKind.SUSPECTED_FINDING) {
            (agencyId == null
                    ? Finding.<Finding>find("verdict = ?1 and status in ?2 order by flaggedAt", Verdict.SUSPECTED, FindingStatus.STILL_OPEN)
                    : Finding.<Finding>find("verdict = ?1 and status in ?2 and agencyId = ?3 order by flaggedAt", Verdict.SUSPECTED,
                    FindingStatus.STILL_OPEN, agencyId)).page(0, limit).list().forEach(f -> {
                Map<String, String> summary = new LinkedHashMap<>();
                summary.put("ruleId", f.ruleId);
                summary.put("title", f.title);
                summary.put("severity", f.severity.name());
                summary.put("respondBy", String.valueOf(f.respondBy));
                summary.put("answered", String.valueOf(f.respondedAt != null));
                String base = "/api/v1/findings/" + f.id;
                items.add(new Item(ReviewItemKind.SUSPECTED_FINDING.name(), f.id, f.agencyId, f.flaggedAt, summary, List.of(
                        new Decision("confirm", "POST", COMPLIANCE, base + "/confirmation", "{\"reason\"} with If-Match"),
                        new Decision("dismiss", "POST", COMPLIANCE, base + "/dismissal", "{\"reason\"} with If-Match"))));
            });
        }
        if (only == null || only == ReviewItemKind.LISTING_PROPOSAL) {
            ListingProposal.openOldestFirst(limit).stream().filter(p -> agencyId == null || p.agencyId.equals(agencyId)).forEach(p -> items.add(new Item(ReviewItemKind.LISTING_PROPOSAL.name(),
                    p.id, p.agencyId, p.proposedAt, Map.of("points", String.valueOf(p.points), "grade", "RED"), List.of(
                    new Decision("decide", "POST", COMPLIANCE, "/api/v1/listing-proposals/" + p.id + "/decision",
                            "{\"list\", \"decisionNumber\", \"legalBasis\", \"startDate\", \"endDate\", \"reason\"} (regulator)")))));
        }
        items.sort(Comparator.comparing(Item::raisedAt).thenComparing(i -> i.subjectId().toString()));
        return items.size() > limit ? items.subList(0, limit) : items;
    }

    /** The person's decision on a refused full-time hire (who, when, why); dual work found is recorded as a manual ART14-10 finding. */
    public record EmploymentConflictDecision(@NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Path("/employment-conflicts/{subjectId}/decision")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Close an employment conflict with the decision's reason",
            description = "A refused hire is not a violation: the person decides which employment record is wrong "
                    + "(corrected in agency-registry) or records dual work as a manual ART14-10 finding.")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", description = "No open employment conflict with that id")
    public void decideEmploymentConflict(@PathParam("subjectId") UUID subjectId,
                                         @NotNull @Valid EmploymentConflictDecision decision) {
        int closed = em.createNativeQuery("""
                        update review_item set closed_at = ?2, closed_by = ?3, close_reason = ?4
                        where kind = 'EMPLOYMENT_CONFLICT' and subject_id = ?1 and closed_at is null""")
                .setParameter(1, subjectId).setParameter(2, Instant.now()).setParameter(3, caller.name())
                .setParameter(4, decision.reason().strip()).executeUpdate();
        if (closed == 0) {
            throw ProblemException.notFound("employment conflict", subjectId);
        }
    }

    private static List<Decision> registryDecisions(ReviewItemKind kind, UUID subject, Map<String, String> summary) {
        return switch (kind) {
            case CREDENTIAL_DECLARED -> {
                String base = "/api/v1/practitioners/" + summary.get("practitionerId") + "/credentials/" + subject;
                yield List.of(new Decision("verify", "POST", REGISTRY, base + "/verification", "{\"reason\"}"),
                        new Decision("reject", "POST", REGISTRY, base + "/rejection", "{\"reason\"}"));
            }
            case CERTIFICATE_DECLARED, CERTIFICATE_CONFLICT -> List.of(
                    new Decision("verify", "POST", REGISTRY, "/api/v1/qualifications/" + subject + "/verification", "{\"reason\"}"),
                    new Decision("reject", "POST", REGISTRY, "/api/v1/qualifications/" + subject + "/rejection", "{\"reason\"}"));
            default -> {
                String employment = summary.get("conflictingEmploymentId");
                String agency = summary.get("conflictingAgencyId");
                if (employment == null || "null".equals(employment) || agency == null) {
                    // an item from before the refusal named the employment: it can only be closed here
                    yield List.of(new Decision("close", "POST", COMPLIANCE,
                            "/api/v1/review-queue/employment-conflicts/" + subject + "/decision", "{\"reason\"}"));
                }
                String href = "/api/v1/agencies/" + agency + "/employments/" + employment + "/conflict-decision";
                yield List.of(
                        new Decision("end-existing-employment", "POST", REGISTRY, href,
                                "{\"outcome\": \"ENDED\", \"endedOn\", \"reviewItemId\": \"" + subject + "\", \"reason\"} with If-Match"),
                        new Decision("uphold-existing-employment", "POST", REGISTRY, href,
                                "{\"outcome\": \"UPHELD\", \"reviewItemId\": \"" + subject + "\", \"reason\"} with If-Match"));
            }
        };
    }

    private Map<String, String> summary(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
