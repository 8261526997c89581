package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十四条第（十五）项: 报告或者结论存在重大疏漏但尚未造成损失 */
@Singleton
public class Art14Item15MajorOmissions extends ManualRule {

    public Art14Item15MajorOmissions() {
        super("ART14-15", "第十四条第（十五）项", "报告或者结论存在重大疏漏但尚未造成损失", "Report with major omissions (wrong standard, missing key hazard, wrong major-hazard identification) without loss yet", Severity.MAJOR);
    }
}
