package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.domain.Category;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The Chinese texts every reporter is shown: hotlines, the clocks in words, the categories. */
@ApplicationScoped
public class PublicTexts {

    private final ComplaintConfig config;

    PublicTexts(ComplaintConfig config) {
        this.config = config;
    }

    public List<Views.Hotline> hotlines() {
        ComplaintConfig.Hotlines h = config.hotlines();
        return List.of(new Views.Hotline(h.regulatorName(), h.regulatorNumber()),
                new Views.Hotline(h.associationName(), h.associationNumber()));
    }

    /** The clocks in words; with the case's own triage day when known. */
    public List<String> clocks(LocalDate triageDueOn) {
        ComplaintConfig.Clocks c = config.clocks();
        String triage = "自收到举报起 " + c.triageWorkingDays() + " 个工作日内决定是否受理"
                + (triageDueOn == null ? "。" : "（本件最迟 " + triageDueOn + "）。");
        return List.of(triage,
                "受理后 " + c.closeDays() + " 日内办结；情况复杂的可延长一次，不超过 " + c.extensionDays() + " 日，延期理由会告知您。",
                "调查结束后 " + c.feedbackDays() + " 日内向您反馈结果；期限最后一日为法定节假日的，顺延至节假日后第一个工作日。",
                "您的身份信息单独加密保存，承办人须写明理由方可查阅，每次查阅均有记录，查阅次数您可凭查询码查看。");
    }

    public List<Views.Label> categories() {
        return Arrays.stream(Category.values()).map(c -> new Views.Label(c.name(), c.label())).toList();
    }
}
