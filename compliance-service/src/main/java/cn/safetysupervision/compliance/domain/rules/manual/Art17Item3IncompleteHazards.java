package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十七条第3项: 危险有害因素辨识不全面、对策措施无针对性、整改确认意见与实际不相符 */
@Singleton
public class Art17Item3IncompleteHazards extends ManualRule {

    public Art17Item3IncompleteHazards() {
        super("ART17-3", "第十七条第3项", "危险有害因素辨识不全面、对策措施无针对性、整改确认意见与实际不相符", "Incomplete hazard identification, untargeted measures, rectification confirmation not matching reality", Severity.MAJOR);
    }
}
