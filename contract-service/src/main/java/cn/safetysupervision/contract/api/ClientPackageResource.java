package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.domain.ClientPackageService;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/client-package")
@Tag(name = "Client package", description = "Art. 15: 附件1, 附件2, 附件3 and certificates")
public class ClientPackageResource {

    private final ClientPackageService packages;

    ClientPackageResource(ClientPackageService packages) {
        this.packages = packages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "The client package as JSON")
    public ClientPackageView json(@PathParam("contractId") UUID contractId) {
        return packages.build(contractId);
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "The client package as a printable Chinese HTML page")
    public String html(@PathParam("contractId") UUID contractId) {
        return ClientPackageHtml.render(packages.build(contractId));
    }
}
