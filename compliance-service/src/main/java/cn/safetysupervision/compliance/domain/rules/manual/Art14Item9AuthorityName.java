package cn.safetysupervision.compliance.domain.rules.manual;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.ManualRule;
import jakarta.inject.Singleton;

/** 第十四条第（九）项: 以应急管理部门及其工作人员的名义从事安全生产技术服务活动 */
@Singleton
public class Art14Item9AuthorityName extends ManualRule {

    public Art14Item9AuthorityName() {
        super("ART14-9", "第十四条第（九）项", "以应急管理部门及其工作人员的名义从事安全生产技术服务活动", "Acting in the name of the emergency-management authority or its staff", Severity.SEVERE);
    }
}
