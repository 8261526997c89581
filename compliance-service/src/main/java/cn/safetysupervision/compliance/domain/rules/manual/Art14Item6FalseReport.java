package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十四条第（六）项: 出具虚假或者重大疏漏的安全技术服务报告 */
@Singleton
public class Art14Item6FalseReport extends ManualRule {

    public Art14Item6FalseReport() {
        super("ART14-6", "第十四条第（六）项", "出具虚假或者重大疏漏的安全技术服务报告", "False report or report with major omissions", Severity.SEVERE);
    }
}
