package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十七条第5项: 泄露委托单位技术秘密或者商业秘密 */
@Singleton
public class Art17Item5LeakingSecrets extends ManualRule {

    public Art17Item5LeakingSecrets() {
        super("ART17-5", "第十七条第5项", "泄露委托单位技术秘密或者商业秘密", "Leaking the client's technical or trade secrets", Severity.SEVERE);
    }
}
