package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.domain.PublicDirectory;
import cn.safetysupervision.platform.problem.ProblemException;
import io.nayuki.qrcodegen.QrCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A QR code of a published report's public page, for the client package and the printed report. */
@Path("/reports/{id}/qr.svg")
@PermitAll
public class QrCodeResource {

    private final PublicDirectory directory;
    private final PublicQueries queries;
    private final PublicResponses responses;
    private final DisclosureConfig config;

    QrCodeResource(PublicDirectory directory, PublicQueries queries, PublicResponses responses, DisclosureConfig config) {
        this.directory = directory;
        this.queries = queries;
        this.responses = responses;
        this.config = config;
    }

    @GET
    @Produces("image/svg+xml")
    @Operation(summary = "QR code (SVG) of the report's public page URL")
    @APIResponse(responseCode = "200", description = "The SVG")
    @APIResponse(responseCode = "404", description = "No such published report")
    public Response qr(@PathParam("id") String id, @Context HttpHeaders headers) {
        String reportId = queries.id(id, "report");
        directory.report(reportId).orElseThrow(() -> ProblemException.notFound("report", id));
        return responses.text(svg(QrCode.encodeText(config.publicBaseUrl() + "/reports/" + reportId, QrCode.Ecc.MEDIUM), 4),
                "image/svg+xml; charset=UTF-8", headers);
    }

    static String svg(QrCode qr, int border) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        int side = qr.size + 2 * border;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 "
                + side + " " + side + "\" stroke=\"none\" role=\"img\" aria-label=\"二维码\"><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }
}
