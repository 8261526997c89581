package cn.safetysupervision.complaint.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public Chinese form (Qute): submit, keep the code, follow the case. */
@Path("/")
@Tag(name = "Public complaints")
public class FormResource {

    private final Template form;
    private final PublicTexts texts;

    FormResource(Template form, PublicTexts texts) {
        this.form = form;
        this.texts = texts;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The public complaint form (Chinese)")
    public TemplateInstance page() {
        return form.data("hotlines", texts.hotlines()).data("clocks", texts.clocks(null)).data("categories", texts.categories());
    }
}
