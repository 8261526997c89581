package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.events.contract.ClientV1;
import cn.safetysupervision.events.contract.ContractAmendedV1;
import cn.safetysupervision.events.contract.ContractCancelledV1;
import cn.safetysupervision.events.contract.ContractCompletedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SiteVisitRecordedV1;
import cn.safetysupervision.events.contract.StaffMemberV1;
import cn.safetysupervision.events.contract.WrittenNoticeFiledV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Keeps the projections of contract-service's contracts; upserts keyed by its ids, so replays are harmless. */
@ApplicationScoped
public class ContractProjection {

    private final EntityManager em;
    private final ObjectMapper json;
    private final ComplianceConfig config;
    private final ComplianceFacts facts;

    ContractProjection(EntityManager em, ObjectMapper json, ComplianceConfig config, ComplianceFacts facts) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String type = event.type();
        if (type.equals(ContractEvents.SIGNED_V1.type())) {
            var c = event.dataAs(ContractSignedV1.class);
            upsert(event.id(), c.contractId(), c.agencyId(), c.contractNumber(), c.client(), c.serviceType(),
                    c.feeTotal(), c.signedDate(), c.siteWorkRequired(), "SIGNED", c.staffing());
        } else if (type.equals(ContractEvents.AMENDED_V1.type())) {
            var c = event.dataAs(ContractAmendedV1.class);
            upsert(event.id(), c.contractId(), c.agencyId(), c.contractNumber(), c.client(), c.serviceType(),
                    c.feeTotal(), c.signedDate(), c.siteWorkRequired(), c.status(), c.staffing());
        } else if (type.equals(ContractEvents.CANCELLED_V1.type())) {
            status(event.dataAs(ContractCancelledV1.class).contractId(), "CANCELLED");
        } else if (type.equals(ContractEvents.COMPLETED_V1.type())) {
            status(event.dataAs(ContractCompletedV1.class).contractId(), "COMPLETED");
        } else if (type.equals(ContractEvents.WRITTEN_NOTICE_FILED_V1.type())) {
            var n = event.dataAs(WrittenNoticeFiledV1.class);
            // The first notice counts: from its typed date if an authority recorded it, else from its recording day.
            boolean verified = Boolean.TRUE.equals(n.noticeDateVerified());
            LocalDate counts = verified ? n.noticeDate() : n.filedAt().atZone(CreditService.ZONE).toLocalDate();
            em.createNativeQuery("""
                            update contract set written_notice_on = ?2, written_notice_typed_on = ?3,
                                written_notice_date_used = ?4
                            where contract_id = ?1 and written_notice_on is null""")
                    .setParameter(1, n.contractId()).setParameter(2, counts).setParameter(3, n.noticeDate())
                    .setParameter(4, verified ? "noticeDate" : "recordedAt").executeUpdate();
        } else if (type.equals(ContractEvents.SITE_VISIT_RECORDED_V1.type())) {
            var v = event.dataAs(SiteVisitRecordedV1.class);
            em.createNativeQuery("""
                            insert into site_visit (site_visit_id, contract_id, started_at, practitioner_ids)
                            values (?1, ?2, ?3, cast(?4 as jsonb)) on conflict (site_visit_id) do nothing""")
                    .setParameter(1, v.siteVisitId()).setParameter(2, v.contractId()).setParameter(3, v.startedAt())
                    .setParameter(4, toJson(v.practitionerIds() == null ? List.of() : v.practitionerIds()))
                    .executeUpdate();
        } else if (type.equals(ContractEvents.REPORT_SUBMITTED_V1.type())) {
            var r = event.dataAs(ReportSubmittedV1.class);
            String clientKey = clientKey(r.contractId());
            int[] signature = NearDuplicates.signature(NearDuplicates.shingles(r.summary(), config.rules().shingleSize()));
            em.createNativeQuery("""
                            insert into report (report_id, contract_id, agency_id, report_number, client_key, summary, minhash, submitted_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (report_id) do nothing""")
                    .setParameter(1, r.reportId()).setParameter(2, r.contractId()).setParameter(3, r.agencyId())
                    .setParameter(4, r.reportNumber()).setParameter(5, clientKey).setParameter(6, r.summary())
                    .setParameter(7, NearDuplicates.encode(signature)).setParameter(8, r.submittedAt())
                    .executeUpdate();
        }
    }

    /** The client as the report comparison sees it: its credit code, or its name when the code is unknown. */
    private String clientKey(UUID contractId) {
        List<?> rows = em.createNativeQuery("select coalesce(client_credit_code, client_name) from contract where contract_id = ?1")
                .setParameter(1, contractId).getResultList();
        return rows.isEmpty() ? "contract:" + contractId : (String) rows.get(0);
    }

    /** Writes the contract and hands the rules what it wrote, which saves them reading it back. */
    private void upsert(String eventId, UUID contractId, UUID agencyId, String number, ClientV1 client,
                        String serviceType, BigDecimal fee, LocalDate signedDate, boolean siteWork, String status,
                        List<StaffMemberV1> staffing) {
        List<StaffMemberV1> staff = staffing == null ? List.of() : staffing;
        List<String> credentials = ComplianceFacts.Contract.isOpen(status)
                ? ComplianceFacts.Contract.credentialNumbers(staff) : List.of();
        // One statement: the contract; the credentials it names while open and where else they are at work
        // (ART14-4); and back what the row may hold beyond this event (a written notice filed earlier) and the fee
        // as stored.
        Object[] stored = (Object[]) em.createNativeQuery("""
                        with gone as (delete from contract_credential where contract_id = :contractId
                                      and not (credential_number = any(cast(:credentials as text[])))),
                        named as (insert into contract_credential (contract_id, credential_number, agency_id)
                                  select :contractId, n, :agencyId from unnest(cast(:credentials as text[])) as n
                                  on conflict (contract_id, credential_number) do update set agency_id = excluded.agency_id),
                        upserted as (
                            insert into contract (contract_id, agency_id, contract_number, client_name, client_credit_code,
                                client_industry, service_type, fee_total, signed_date, site_work_required, status, staffing,
                                last_event_id)
                            values (:contractId, :agencyId, :number, :clientName, :clientCode, :industry, :serviceType,
                                :fee, :signedDate, :siteWork, :status, cast(:staffing as jsonb), :eventId)
                            on conflict (contract_id) do update set agency_id = excluded.agency_id,
                                contract_number = excluded.contract_number, client_name = excluded.client_name,
                                client_credit_code = excluded.client_credit_code, client_industry = excluded.client_industry,
                                service_type = excluded.service_type, fee_total = excluded.fee_total,
                                signed_date = excluded.signed_date, site_work_required = excluded.site_work_required,
                                status = excluded.status, staffing = excluded.staffing, last_event_id = excluded.last_event_id
                            returning fee_total, written_notice_on)
                        select u.fee_total, u.written_notice_on, (select cast(json_agg(json_build_array(e.number,
                                   e.agency_id, e.contract_id, e.contract_number) order by e.number, e.contract_id) as text)
                               from (""" + ComplianceFacts.CREDENTIALS_ELSEWHERE + """
                        ) e)
                        from upserted u""")
                .setParameter("contractId", contractId).setParameter("agencyId", agencyId).setParameter("number", number)
                .setParameter("clientName", client.name()).setParameter("clientCode", client.creditCode())
                .setParameter("industry", client.industry()).setParameter("serviceType", serviceType)
                .setParameter("fee", fee).setParameter("signedDate", signedDate).setParameter("siteWork", siteWork)
                .setParameter("status", status).setParameter("staffing", toJson(staff)).setParameter("eventId", eventId)
                .setParameter("credentials", credentials.toArray(String[]::new))
                .getSingleResult();
        facts.rememberCredentialsElsewhere(agencyId, credentials, (String) stored[2]);
        facts.remember(new ComplianceFacts.Contract(contractId, agencyId, number, client.name(), client.industry(),
                serviceType, (BigDecimal) stored[0], signedDate, siteWork, status, staff,
                ComplianceFacts.toDate(stored[1])));
    }

    private void status(UUID contractId, String status) {
        em.createNativeQuery("update contract set status = ?2 where contract_id = ?1")
                .setParameter(1, contractId).setParameter(2, status).executeUpdate();
        em.createNativeQuery("delete from contract_credential where contract_id = ?1").setParameter(1, contractId)
                .executeUpdate();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
