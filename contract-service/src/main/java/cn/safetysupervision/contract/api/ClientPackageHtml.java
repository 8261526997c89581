package cn.safetysupervision.contract.api;

import java.util.Map;

/** Renders the client package as one printable page (A4, page break per attachment). Every value is escaped. */
final class ClientPackageHtml {

    private static final Map<String, String> ROLES = Map.of("PROJECT_LEAD", "项目负责人", "TECHNICAL_LEAD", "技术负责人",
            "PROCESS_CONTROL_LEAD", "过程控制负责人", "QUALITY_LEAD", "质量负责人", "MEMBER", "项目组成员");
    private static final Map<String, String> CREDENTIALS = Map.of("REGISTERED_SAFETY_ENGINEER", "注册安全工程师",
            "SAFETY_ASSESSOR", "安全评价师", "PROFESSIONAL_TITLE", "专业技术职称");
    private static final Map<String, String> EMPLOYMENT = Map.of("FULL_TIME", "专职", "PART_TIME", "兼职");

    private ClientPackageHtml() {
    }

    static String render(ClientPackageView p) {
        ClientPackageView.Attachment1 a1 = p.attachment1();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>服务资料 ")
                .append(e(p.contractNumber())).append("</title><style>")
                .append("body{font-family:'SimSun','Songti SC',serif;margin:2cm;}h1,h2{text-align:center;}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1em;}td,th{border:1px solid #000;padding:4px 6px;}")
                .append("section{page-break-after:always;}@media print{body{margin:1.5cm;}}</style></head><body>");
        h.append("<section><h1>附件1 机构基本情况表</h1><table>");
        row(h, "机构名称", a1.name());
        row(h, "统一社会信用代码", a1.creditCode());
        row(h, "法定代表人", a1.legalRepresentative());
        row(h, "注册地址", a1.registeredAddress());
        row(h, "办公地址", a1.officeAddress());
        for (ClientPackageView.Qualification q : a1.qualifications()) {
            row(h, "资质证书编号及有效期", q.certificateNumber() + "（" + q.validFrom() + " 至 " + q.validTo() + "，" + q.status() + "）");
            StringBuilder scope = new StringBuilder();
            q.businessScope().forEach(s -> scope.append(s.serviceType()).append("·").append(s.industry()).append("；"));
            row(h, "业务范围", scope.toString());
        }
        row(h, "安全评价师人数", String.valueOf(a1.safetyAssessors()));
        row(h, "注册安全工程师人数", String.valueOf(a1.registeredSafetyEngineers()));
        row(h, "中级及以上职称人数", String.valueOf(a1.intermediateOrHigherTitles()));
        h.append("</table></section>");
        ClientPackageView.Attachment2 a2 = p.attachment2();
        h.append("<section><h1>附件2 执业承诺书</h1><p>")
                .append(a2.signed() ? "已签署（" + e(String.valueOf(a2.signedOn())) + "，版本 " + e(a2.version()) + "）" : "未签署")
                .append("</p></section>");
        h.append("<section><h1>附件3 项目配备专业技术人员一览表</h1><p>合同编号：").append(e(p.contractNumber()))
                .append("　委托单位：").append(e(p.clientName())).append("　行业：").append(e(p.clientIndustry()))
                .append("</p><table><tr><th>序号</th><th>项目职务</th><th>姓名</th><th>资格类别</th><th>证书编号</th>")
                .append("<th>专业</th><th>用工形式</th></tr>");
        int i = 1;
        for (ClientPackageView.StaffLine s : p.attachment3()) {
            h.append("<tr><td>").append(i++).append("</td><td>").append(e(ROLES.get(s.role().name())))
                    .append("</td><td>").append(e(s.name())).append("</td><td>")
                    .append(e(CREDENTIALS.getOrDefault(s.credentialType(), s.credentialType())))
                    .append("</td><td>").append(e(s.credentialNumber())).append("</td><td>").append(e(s.specialty()))
                    .append("</td><td>").append(e(s.employmentType() == null ? "未登记" : EMPLOYMENT.get(s.employmentType())))
                    .append("</td></tr>");
        }
        h.append("</table></section><section><h1>人员证书</h1><table><tr><th>姓名</th><th>资格类别</th><th>等级</th>")
                .append("<th>证书编号</th><th>有效期至</th></tr>");
        for (ClientPackageView.Certificate c : p.certificates()) {
            h.append("<tr><td>").append(e(c.name())).append("</td><td>")
                    .append(e(CREDENTIALS.getOrDefault(c.credentialType(), c.credentialType()))).append("</td><td>")
                    .append(e(c.level())).append("</td><td>").append(e(c.number())).append("</td><td>")
                    .append(c.validTo() == null ? "长期" : e(c.validTo().toString())).append(c.expired() ? "（已过期）" : "")
                    .append("</td></tr>");
        }
        h.append("</table><p>生成时间：").append(e(p.generatedAt().toString())).append("</p></section></body></html>");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(label).append("</th><td>").append(e(value)).append("</td></tr>");
    }

    private static String e(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
