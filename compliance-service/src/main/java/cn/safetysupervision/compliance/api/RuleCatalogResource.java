package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.domain.rules.ComplianceRule;
import cn.safetysupervision.compliance.domain.rules.RuleCatalog;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The guideline's rules, with their versions and current parameters")
public class RuleCatalogResource {

    private final RuleCatalog catalog;

    RuleCatalogResource(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Every rule, manual and automatic, with its current parameters")
    public List<RuleView> list() {
        return catalog.all().stream().map(RuleCatalogResource::toView).toList();
    }

    @GET
    @Path("/{ruleId}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "One rule")
    public RuleView get(@PathParam("ruleId") String ruleId) {
        return catalog.byId(ruleId).map(RuleCatalogResource::toView)
                .orElseThrow(() -> ProblemException.notFound("rule", ruleId));
    }

    private static RuleView toView(ComplianceRule rule) {
        return new RuleView(rule.id(), rule.version(), rule.article(), rule.titleZh(), rule.titleEn(),
                rule.severity().name(), rule.automatic(), rule.parameters());
    }
}
