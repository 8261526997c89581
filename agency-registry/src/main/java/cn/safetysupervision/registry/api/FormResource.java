package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.persistence.Agency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/agencies/{agencyId}/forms")
@Tag(name = "Forms", description = "附件1 机构基本情况表, 附件2 执业承诺书")
public class FormResource {

    private static final String HTML = "text/html;charset=UTF-8";

    private final AgencyService agencies;
    private final Forms forms;
    private final Caller caller;

    FormResource(AgencyService agencies, Forms forms, Caller caller) {
        this.agencies = agencies;
        this.forms = forms;
        this.caller = caller;
    }

    private Agency agency(UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        return agencies.get(agencyId);
    }

    @GET
    @Path("/basic-info")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "附件1 as JSON", description = "Filled from live data; staff counts are computed. Ask for text/html for the printable page.")
    public BasicInfoForm basicInfo(@PathParam("agencyId") UUID agencyId) {
        return forms.basicInfo(agency(agencyId), caller.name());
    }

    @GET
    @Path("/basic-info")
    @Produces(HTML)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "附件1 as a printable Chinese HTML page")
    public String basicInfoHtml(@PathParam("agencyId") UUID agencyId) {
        return forms.basicInfoHtml(forms.basicInfo(agency(agencyId), caller.name()));
    }
}
