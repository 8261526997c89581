package cn.safetysupervision.events.contract;

import java.util.UUID;

/**
 * One signatory of a report.
 *
 * @param practitionerId   the registry's practitioner id
 * @param practitionerName 姓名
 * @param role             TEAM_LEAD 项目组长, FINAL_REVIEWER 报告审核/审定人, EVALUATOR 评价/检测人员
 * @param credentialNumber the credential number printed beside the signature
 */
public record SignatoryV1(
        UUID practitionerId,
        String practitionerName,
        String role,
        String credentialNumber) {
}
