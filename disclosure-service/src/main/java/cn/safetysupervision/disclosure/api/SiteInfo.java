package cn.safetysupervision.disclosure.api;

import java.util.List;

/** What every page's header and footer show: hotlines (Art. 18), the complaint form, the site's base URL. */
public record SiteInfo(List<Hotline> hotlines, String complaintFormUrl, String publicBaseUrl) {

    public record Hotline(String name, String number) {
    }

    public record Option(String code, String label) {
    }
}
