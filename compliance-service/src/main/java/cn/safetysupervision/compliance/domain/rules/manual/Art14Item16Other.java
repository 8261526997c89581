package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十四条第（十六）项: 其他违法、违规行为 */
@Singleton
public class Art14Item16Other extends ManualRule {

    public Art14Item16Other() {
        super("ART14-16", "第十四条第（十六）项", "其他违法、违规行为", "Other unlawful or irregular conduct", Severity.MINOR);
    }
}
