package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A regulator recorded an administrative penalty decision (行政处罚决定) against an agency. Public by law once decided;
 * disclosure-service publishes it. Never emitted for a suspected finding.
 *
 * @param penaltyId      the decision's id in compliance-service
 * @param agencyId       the penalised agency; also the event subject and record key
 * @param decisionNumber 处罚决定书文号
 * @param decidedOn      the date of the decision
 * @param legalBasis     the provisions applied, e.g. 《安全生产法》第九十二条
 * @param content        what was imposed (罚款, 暂停业务, ...)
 * @param endsOn         last day the penalty is in force or is shown, if it has one
 * @param decidedBy      the deciding authority
 * @param recordedAt     when it was recorded
 */
public record PenaltyDecidedV1(
        UUID penaltyId,
        UUID agencyId,
        String decisionNumber,
        LocalDate decidedOn,
        String legalBasis,
        String content,
        LocalDate endsOn,
        String decidedBy,
        Instant recordedAt) {
}
