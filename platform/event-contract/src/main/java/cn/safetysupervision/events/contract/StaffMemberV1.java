package cn.safetysupervision.events.contract;

import java.util.UUID;

/**
 * One member of the project staffing list (附件3 项目配备专业技术人员一览表).
 *
 * @param role                PROJECT_LEAD 项目负责人, TECHNICAL_LEAD 技术负责人, PROCESS_CONTROL_LEAD 过程控制负责人, QUALITY_LEAD 质量负责人, MEMBER 项目组成员
 * @param practitionerId      the registry's practitioner id
 * @param practitionerName    姓名 as projected from the registry
 * @param credentialId        the registry's id of the credential this member works under
 * @param credentialType      REGISTERED_SAFETY_ENGINEER 注册安全工程师, SAFETY_ASSESSOR 安全评价师, PROFESSIONAL_TITLE 专业技术职称
 * @param credentialNumber    the credential's certificate or registration number
 * @param credentialSpecialty 专业 / industry the credential covers, if the registry knows it
 * @param employmentType      the member's employment at the contracting agency as contract-service knew it when the event was written; null when no open employment there was known
 */
public record StaffMemberV1(
        String role,
        UUID practitionerId,
        String practitionerName,
        UUID credentialId,
        String credentialType,
        String credentialNumber,
        String credentialSpecialty,
        String employmentType) {
}
