package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十四条第（一）项: 违反法规标准规定开展安全生产技术服务活动 */
@Singleton
public class Art14Item1LawsAndStandards extends ManualRule {

    public Art14Item1LawsAndStandards() {
        super("ART14-1", "第十四条第（一）项", "违反法规标准规定开展安全生产技术服务活动", "Service activity in breach of laws, regulations or standards", Severity.MAJOR);
    }
}
