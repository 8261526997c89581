package cn.safetysupervision.events.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed contract was amended. Carries the complete terms after the amendment (same fields as signed) and which fields changed.
 *
 * @param contractId                       the contract; event subject and record key
 * @param agencyId                         the contracting agency
 * @param contractNumber                   the agency's contract number (合同编号)
 * @param client                           the client (委托单位)
 * @param serviceType                      评价/检测/检验/培训/检查/诊断/咨询/评审/评估/托管 — same codes as the registry's business scope
 * @param scope                            the service scope and requirements as written in the contract
 * @param feeItems                         itemised fee (明码标价)
 * @param feeTotal                         total fee in yuan; equals the sum of the items
 * @param signedDate                       the date the contract was signed
 * @param siteWorkRequired                 whether the service requires work on the client's site
 * @param plannedSiteWorkDate              planned first day of site work; null when no site work is required or not yet planned
 * @param writtenNoticeDueDate             last day for the written notice (书面告知) to the local authority; null without site work or plan
 * @param reportDueDate                    the report is due on or before this day (computed from working days when the contract gave N working days)
 * @param rectificationConfirmationDueDate rectification confirmation (整改复核) is due on or before this day; null when the contract has none
 * @param staffing                         the project staffing list (附件3)
 * @param confidentialFields               fields the client marked confidential; disclosure must leave them out (e.g. client.address, scope, feeItems)
 * @param status                           the contract's status
 * @param changedFields                    names of the fields that changed, e.g. staffing, reportDueDate
 * @param reason                           why it was amended
 * @param amendedBy                        who
 * @param amendedAt                        when
 */
public record ContractAmendedV1(
        UUID contractId,
        UUID agencyId,
        String contractNumber,
        ClientV1 client,
        String serviceType,
        String scope,
        List<FeeItemV1> feeItems,
        BigDecimal feeTotal,
        LocalDate signedDate,
        boolean siteWorkRequired,
        LocalDate plannedSiteWorkDate,
        LocalDate writtenNoticeDueDate,
        LocalDate reportDueDate,
        LocalDate rectificationConfirmationDueDate,
        List<StaffMemberV1> staffing,
        List<String> confidentialFields,
        String status,
        List<String> changedFields,
        String reason,
        String amendedBy,
        Instant amendedAt) {
}
