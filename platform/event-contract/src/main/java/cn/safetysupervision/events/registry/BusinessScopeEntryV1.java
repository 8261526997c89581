package cn.safetysupervision.events.registry;

/**
 * One entry of a qualification's business scope (业务范围).
 *
 * @param serviceType EVALUATION 评价, TESTING 检测, INSPECTION 检验, TRAINING 培训, CHECK 检查, DIAGNOSIS 诊断,
 *                    CONSULTING 咨询, REVIEW 评审, ASSESSMENT 评估, CUSTODY 托管
 * @param industry    the industry it covers, e.g. 危险化学品, 非煤矿山
 */
public record BusinessScopeEntryV1(String serviceType, String industry) {
}
