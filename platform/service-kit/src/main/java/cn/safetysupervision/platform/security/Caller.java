package cn.safetysupervision.platform.security;

import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, and what of an agency's data they may touch. An agency sees only its own records; another
 * agency's record answers 404 as if it did not exist, so ids cannot be probed.
 */
@RequestScoped
public class Caller {

    /** Claim naming the agency of an {@code agency} token. */
    public static final String AGENCY_CLAIM = "agency_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Subject of the token ({@code sub}), for audit fields; "anonymous" without a token. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isRegulator() {
        return identity.hasRole(Roles.REGULATOR);
    }

    /** Regulator or association: may read every agency's data. */
    public boolean isSupervisor() {
        return identity.hasRole(Roles.REGULATOR) || identity.hasRole(Roles.ASSOCIATION);
    }

    /** The agency an agency token speaks for; empty for supervisors and the public. */
    public Optional<UUID> agencyId() {
        if (!identity.hasRole(Roles.AGENCY)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(AGENCY_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean mayAccessAgency(UUID agencyId) {
        return isSupervisor() || agencyId().map(agencyId::equals).orElse(false);
    }

    /**
     * Passes for supervisors and for the agency itself; any other caller gets the same 404 as for an id that
     * does not exist.
     */
    public void requireAgencyAccess(UUID agencyId, String what, Object id) {
        if (!mayAccessAgency(agencyId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** For endpoints only supervisors may use but which an agency token could reach through a shared role list. */
    public void requireSupervisor() {
        if (!isSupervisor()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only the regulator or the association may do this");
        }
    }
}
