package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency declared a credential of a person it employs; PENDING_VERIFICATION, it counts for nothing (staffing, forms, rules) until a regulator or the association verifies it.
 *
 * @param credentialId the credential
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param credentialType REGISTERED_SAFETY_ENGINEER 注册安全工程师, SAFETY_ASSESSOR 安全评价师, PROFESSIONAL_TITLE 专业技术职称
 * @param level FIRST/SECOND/THIRD 一/二/三级 (评价师); JUNIOR/INTERMEDIATE/SENIOR 初/中/高级 (职称); NONE
 * @param titleName for titles: the title, e.g. 高级工程师
 * @param specialty 专业 / industry the credential covers, if any
 * @param number certificate or registration number
 * @param issuer issuing body
 * @param validTo last valid day; null when it does not expire
 * @param declaredBy who declared it
 * @param declaredAt when
 * @param declaringAgencyId optional (added later, may be absent): the employing agency that declared it
 */
public record CredentialDeclaredV1(
        UUID credentialId,
        UUID practitionerId,
        String practitionerName,
        String credentialType,
        String level,
        String titleName,
        String specialty,
        String number,
        String issuer,
        LocalDate validTo,
        String declaredBy,
        Instant declaredAt,
        UUID declaringAgencyId) {
}
