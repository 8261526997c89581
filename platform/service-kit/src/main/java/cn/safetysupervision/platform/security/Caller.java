package cn.safetysupervision.platform.security;

import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
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
    private final Instance<KnownAgencies> knownAgencies;

    Caller(SecurityIdentity identity, JsonWebToken token, Instance<KnownAgencies> knownAgencies) {
        this.identity = identity;
        this.token = token;
        this.knownAgencies = knownAgencies;
    }

    /** Subject of the token ({@code sub}), for audit fields; "anonymous" without a token. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isRegulator() {
        return identity.hasRole(Roles.REGULATOR);
    }

    /** Regulator or association: may read every agency's data. */
    /** The evidence-reading service account (disclosure-service), neither a supervisor nor an agency. */
    public boolean isEvidenceReader() {
        return identity.hasRole(Roles.EVIDENCE_READER);
    }

    public boolean isSupervisor() {
        return identity.hasRole(Roles.REGULATOR) || identity.hasRole(Roles.ASSOCIATION);
    }

    /**
     * The agency an agency token speaks for; empty for supervisors and the public. An agency token without a valid
     * {@code agency_id} never gets here (AgencyClaimFilter answers 403); should one, it is refused, never unscoped.
     */
    public Optional<UUID> agencyId() {
        if (!identity.hasRole(Roles.AGENCY)) {
            return Optional.empty();
        }
        return Optional.of(parseAgencyClaim(token.getClaim(AGENCY_CLAIM)).orElseThrow(() -> new ProblemException(
                ProblemType.FORBIDDEN, "an agency token must name its agency in the " + AGENCY_CLAIM + " claim (a UUID)")));
    }

    /**
     * As {@link #agencyId()}, for what an agency creates: a validly signed token of an agency this service does not
     * know (never registered, or not yet projected here) is refused with 403 rather than storing data under an
     * unknown id. Fails closed in a service that does not say which agencies it knows.
     */
    public Optional<UUID> knownAgencyId() {
        Optional<UUID> id = agencyId();
        if (id.isPresent() && !(knownAgencies.isResolvable() && knownAgencies.get().isKnown(id.get()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "agency " + id.get() + " is not known to this service "
                    + "(not registered, or its registration has not reached this service yet)");
        }
        return id;
    }

    /** The claim's UUID; empty when missing or not a UUID. */
    static Optional<UUID> parseAgencyClaim(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString();
        if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
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
