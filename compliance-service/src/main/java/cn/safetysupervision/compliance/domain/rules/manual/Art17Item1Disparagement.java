package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十七条第1项: 故意贬低、诋毁其他安全服务机构，以不正当竞争手段承揽或者超出自身能力承担业务 */
@Singleton
public class Art17Item1Disparagement extends ManualRule {

    public Art17Item1Disparagement() {
        super("ART17-1", "第十七条第1项", "故意贬低、诋毁其他安全服务机构，以不正当竞争手段承揽或者超出自身能力承担业务", "Disparaging competitors, unfair competition, taking work beyond own capacity", Severity.MAJOR);
    }
}
