package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.QualificationStatus;
import cn.safetysupervision.registry.domain.ServiceType;
import cn.safetysupervision.registry.domain.StaffingCounts;
import cn.safetysupervision.registry.domain.StaffingService;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Qualification;
import cn.safetysupervision.registry.persistence.ScopeEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Renders 附件1 and 附件2 as JSON records and as printable Chinese HTML. */
@ApplicationScoped
public class Forms {

    /** The nine commitments of 附件2 执业承诺书, verbatim from the guideline. */
    public static final List<String> COMMITMENTS = List.of(
            "依照法律、法规、国家标准或行业标准的规定，遵循客观公正、诚实守信、公平竞争的原则，依法独立开展安全生产相关服务工作；",
            "遵守执业准则，恪守职业道德，客观、如实地反映服务项目的安全事项，并对服务结果承担法律责任；",
            "不伪造、转让或者租借资质、资格证书，不转包服务项目；",
            "认真开展安全生产技术服务活动，确保服务质量，不出具虚假的安全生产技术服务报告；",
            "坚持依法经营，遵守市场竞争规则，自觉恪守国家规定、行业自律或指导性收费标准。不搞任何形式的商业贿赂行为；",
            "不泄露技术服务对象的技术秘密和商业秘密；",
            "不以应急管理部门及其工作人员的名义或以欺骗手段到生产经营单位招揽业务；",
            "严格服务时限要求，在约定的时间内提交安全生产技术服务报告和整改确认意见；",
            "自觉接受有关部门监管和社会监督。");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    static final Map<ServiceType, String> SERVICE_TYPE_ZH = Map.of(
            ServiceType.EVALUATION, "评价", ServiceType.TESTING, "检测", ServiceType.INSPECTION, "检验",
            ServiceType.TRAINING, "培训", ServiceType.CHECK, "检查", ServiceType.DIAGNOSIS, "诊断",
            ServiceType.CONSULTING, "咨询", ServiceType.REVIEW, "评审", ServiceType.ASSESSMENT, "评估",
            ServiceType.CUSTODY, "托管");

    private final StaffingService staffing;

    Forms(StaffingService staffing) {
        this.staffing = staffing;
    }

    public BasicInfoForm basicInfo(Agency a, String filledBy) {
        LocalDate today = AgencyService.today();
        List<Qualification> qualifications = Qualification.<Qualification>list("agencyId = ?1 order by validTo", a.id).stream()
                .filter(q -> q.status == QualificationStatus.VALID || q.status == QualificationStatus.SUSPENDED).toList();
        List<BasicInfoForm.Certificate> certificates = qualifications.stream()
                .map(q -> new BasicInfoForm.Certificate(q.certificateNumber, q.qualificationType.name(), q.validFrom,
                        q.validTo, q.status.name())).toList();
        List<String> scope = qualifications.stream().filter(q -> q.status == QualificationStatus.VALID)
                .flatMap(q -> q.businessScope.stream())
                .sorted(Comparator.comparing((ScopeEntry e) -> e.serviceType).thenComparing(e -> e.industry))
                .map(e -> SERVICE_TYPE_ZH.get(e.serviceType) + "（" + e.industry + "）").distinct().toList();
        StaffingCounts counts = staffing.count(a.id, today);
        return new BasicInfoForm(a.id, a.name, a.creditCode, a.licenceIssuer, a.licenceIssuedOn, a.registeredAddress,
                a.officeAddress, a.legalRepresentative, a.legalRepresentativePhone, a.contactPerson, a.contactPhone,
                a.email, a.postcode, certificates, counts.safetyAssessors(), counts.registeredSafetyEngineers(),
                counts.intermediateOrHigherTitles(), scope, a.businessContent, filledBy, today, Instant.now());
    }

    public String basicInfoHtml(BasicInfoForm f) {
        StringBuilder certNumbers = new StringBuilder();
        StringBuilder certValidity = new StringBuilder();
        for (BasicInfoForm.Certificate c : f.certificates()) {
            certNumbers.append(esc(c.certificateNumber())).append(c.status().equals("SUSPENDED") ? "（暂扣）" : "").append("<br>");
            certValidity.append(c.validFrom()).append(" 至 ").append(c.validTo()).append("<br>");
        }
        return page("安全生产技术服务机构基本情况表", "附件 1", """
                <table>
                <tr><th>机构名称</th><td colspan="3">%s</td></tr>
                <tr><th>组织机构代码</th><td colspan="3">%s</td></tr>
                <tr><th>营业执照颁发机关</th><td>%s</td><th>颁发日期</th><td>%s</td></tr>
                <tr><th>注册地址</th><td colspan="3">%s</td></tr>
                <tr><th>办公地址</th><td colspan="3">%s</td></tr>
                <tr><th>法定代表人</th><td>%s</td><th>联系电话</th><td>%s</td></tr>
                <tr><th>联系人</th><td>%s</td><th>联系电话</th><td>%s</td></tr>
                <tr><th>电子邮箱</th><td>%s</td><th>邮政编码</th><td>%s</td></tr>
                <tr><th>资质证书编号</th><td colspan="3">%s</td></tr>
                <tr><th>资质证书有效期</th><td colspan="3">%s</td></tr>
                <tr><th>技术人员数量</th><td colspan="3">1、安全评价师人数：%d人　2、注册安全工程师人数：%d人　3、中级及以上职称人数：%d人</td></tr>
                <tr><th>业务范围（全部内容）</th><td colspan="3">%s</td></tr>
                <tr><th>开展业务内容</th><td colspan="3">%s</td></tr>
                </table>
                <p>填表人：%s</p>
                <p>填表日期：%d 年 %d 月 %d 日</p>
                """.formatted(esc(f.agencyName()), esc(f.creditCode()), esc(f.licenceIssuer()), date(f.licenceIssuedOn()),
                esc(f.registeredAddress()), esc(f.officeAddress()), esc(f.legalRepresentative()),
                esc(f.legalRepresentativePhone()), esc(f.contactPerson()), esc(f.contactPhone()), esc(f.email()),
                esc(f.postcode()), certNumbers, certValidity, f.safetyAssessors(), f.registeredSafetyEngineers(),
                f.intermediateOrHigherTitles(), esc(String.join("；", f.businessScope())), esc(f.businessContent()),
                esc(f.filledBy()), f.filledOn().getYear(), f.filledOn().getMonthValue(), f.filledOn().getDayOfMonth()));
    }

    public String commitmentHtml(CommitmentView c) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < c.commitments().size(); i++) {
            items.append("<p>").append(NUMERALS[i]).append("、").append(esc(c.commitments().get(i))).append("</p>\n");
        }
        return page("安全生产技术服务机构执业承诺书", "附件 2", items + """
                <p>机构名称（盖章）：%s</p>
                <p>主要负责人（签名）：%s%s</p>
                <p>%d 年 %d 月 %d 日</p>
                <p class="note">已签署承诺书扫描件 SHA-256：%s（登记人 %s，登记时间 %s）</p>
                """.formatted(esc(c.agencyName()), esc(c.signatory()),
                c.signatoryTitle() == null ? "" : "（" + esc(c.signatoryTitle()) + "）",
                c.signedOn().getYear(), c.signedOn().getMonthValue(), c.signedOn().getDayOfMonth(),
                c.documentSha256(), esc(c.recordedBy()), c.recordedAt()));
    }

    private static String page(String title, String label, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>%s</title>
                <style>
                body{font-family:"SimSun","Songti SC",serif;max-width:180mm;margin:10mm auto;font-size:12pt}
                h1{text-align:center;font-size:18pt} table{width:100%%;border-collapse:collapse}
                th,td{border:1px solid #000;padding:6px;vertical-align:top} th{width:22%%;font-weight:normal;text-align:center}
                .note{font-size:9pt;color:#444} @media print{body{margin:0}}
                </style></head>
                <body><p>%s</p><h1>%s</h1>
                %s</body></html>
                """.formatted(title, label, title, body);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
