package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.domain.PublicViews;
import cn.safetysupervision.platform.http.Page;
import io.quarkus.qute.TemplateData;

/** Lets the Qute templates read the public views (value resolvers generated at build time, no reflection). */
@TemplateData(target = PublicViews.AgencySummary.class)
@TemplateData(target = PublicViews.AgencyProfile.class)
@TemplateData(target = PublicViews.Certificate.class)
@TemplateData(target = PublicViews.StaffCounts.class)
@TemplateData(target = PublicViews.ReportSummary.class)
@TemplateData(target = PublicViews.ReportDisclosure.class)
@TemplateData(target = PublicViews.TeamMember.class)
@TemplateData(target = PublicViews.SiteImage.class)
@TemplateData(target = PublicViews.PriceList.class)
@TemplateData(target = PublicViews.PriceItem.class)
@TemplateData(target = PublicViews.Sanction.class)
@TemplateData(target = PublicViews.Verification.class)
@TemplateData(target = PublicViews.CertificateOnDate.class)
@TemplateData(target = PublicViews.FileCheck.class)
@TemplateData(target = Page.class)
@TemplateData(target = SiteInfo.class)
@TemplateData(target = SiteInfo.Hotline.class)
@TemplateData(target = SiteInfo.Option.class)
final class TemplateTypes {

    private TemplateTypes() {
    }
}
