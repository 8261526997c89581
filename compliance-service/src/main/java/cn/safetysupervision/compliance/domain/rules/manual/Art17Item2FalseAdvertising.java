package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十七条第2项: 虚假宣传或者变相推销商品 */
@Singleton
public class Art17Item2FalseAdvertising extends ManualRule {

    public Art17Item2FalseAdvertising() {
        super("ART17-2", "第十七条第2项", "虚假宣传或者变相推销商品", "False advertising or disguised sales of goods", Severity.MINOR);
    }
}
