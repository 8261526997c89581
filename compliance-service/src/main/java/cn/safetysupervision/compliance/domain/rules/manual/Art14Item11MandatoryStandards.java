package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十四条第（十一）项: 未按照有关法规标准的强制性规定从事技术服务活动 */
@Singleton
public class Art14Item11MandatoryStandards extends ManualRule {

    public Art14Item11MandatoryStandards() {
        super("ART14-11", "第十四条第（十一）项", "未按照有关法规标准的强制性规定从事技术服务活动", "Service not following mandatory provisions of laws and standards", Severity.MAJOR);
    }
}
