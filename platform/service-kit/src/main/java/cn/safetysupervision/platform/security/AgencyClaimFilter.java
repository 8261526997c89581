package cn.safetysupervision.platform.security;

import cn.safetysupervision.platform.problem.ProblemResponses;
import cn.safetysupervision.platform.problem.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Fails closed on an agency token that does not say which agency it speaks for: a token with the {@code agency}
 * role whose {@code agency_id} claim is missing or not a UUID gets 403 on every endpoint, before any resource
 * could treat "no agency" as "no restriction".
 */
public class AgencyClaimFilter {

    private final CurrentIdentityAssociation identities;

    AgencyClaimFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> requireAgencyClaim(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        // A token that fails verification is left to the security checks (401); only a valid one is judged here.
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) ->
                failure == null && lacksAgency(identity)
                        ? ProblemResponses.of(ProblemType.FORBIDDEN,
                        "an agency token must name its agency in the " + Caller.AGENCY_CLAIM + " claim (a UUID)",
                        request.getUriInfo().getRequestUri().getRawPath())
                        : null);
    }

    static boolean lacksAgency(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.AGENCY)) {
            return false;
        }
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Caller.AGENCY_CLAIM) : null;
        return Caller.parseAgencyClaim(claim).isEmpty();
    }
}
