package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.persistence.ReferencePrice;
import cn.safetysupervision.events.contract.StaffMemberV1;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** What the rules read from the projections. */
@ApplicationScoped
public class ComplianceFacts {

    private final EntityManager em;
    private final ObjectMapper json;
    /** Reads made while one event is judged: the rules it triggers mostly ask for the same contract and certificates. */
    private final ThreadLocal<Map<ReadKey, Object>> judgement = new ThreadLocal<>();
    private final TransactionSynchronizationRegistry transactions;

    private record ReadKey(String what, Object key) {
    }

    private static final String QUALIFICATIONS = "qualifications";
    private static final String EMPLOYMENTS = "employments";
    private static final String FIRST_COMMITMENT = "firstCommitment";

    /** An employment of a practitioner at an agency, as the registry recorded it. */
    private record Employment(UUID practitionerId, LocalDate from, LocalDate to) {

        boolean on(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    private record PriceKey(String serviceType, String industry) {
    }

    ComplianceFacts(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
        // Projections may hold fields added to a payload later; reading them must not fail.
        this.json = json.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public record Contract(UUID contractId, UUID agencyId, String contractNumber, String clientName,
                           String clientIndustry, String serviceType, BigDecimal feeTotal, LocalDate signedDate,
                           boolean siteWorkRequired, String status, List<StaffMemberV1> staffing,
                           LocalDate writtenNoticeOn) {

        public boolean isOpen() {
            return isOpen(status);
        }

        /** Not completed or cancelled. */
        public static boolean isOpen(String status) {
            return !"COMPLETED".equals(status) && !"CANCELLED".equals(status);
        }

        /** The credential numbers a staff list names, each once: the key of the ART14-4 look-up. */
        public static List<String> credentialNumbers(List<StaffMemberV1> staffing) {
            return staffing.stream().map(StaffMemberV1::credentialNumber).distinct().toList();
        }
    }

    public record ScopeEntry(String serviceType, String industry) {
    }

    public record Qualification(UUID qualificationId, String certificateNumber, List<ScopeEntry> scope,
                                LocalDate validFrom, LocalDate validTo, String status) {

        public boolean validOn(LocalDate day) {
            return "VALID".equals(status) && !day.isBefore(validFrom) && !day.isAfter(validTo);
        }

        public boolean covers(String serviceType, String industry) {
            return scope.stream().anyMatch(s -> s.serviceType().equals(serviceType)
                    && (industry == null || s.industry().equals(industry)));
        }
    }

    public record Report(UUID reportId, UUID contractId, String reportNumber, String clientKey, String summary,
                         int[] minhash, Instant submittedAt) {
    }

    /**
     * Runs the judgement of one event with its reads of contracts and certificates remembered until it ends. Valid
     * because rules only read the projections; the projections took the event in before.
     */
    public <T> T duringOneJudgement(Supplier<T> judge) {
        if (judgement.get() != null) {
            return judge.get();
        }
        judgement.set(new HashMap<>());
        try {
            return judge.get();
        } finally {
            judgement.remove();
        }
    }

    /**
     * From now until the current transaction ends, reads of the facts that contract events do not change
     * (certificates, employments, commitment letters from the registry; reference prices) are remembered: a batch
     * of contracts names the same agencies again and again. For transactions that apply contract events only; a
     * registry event applied meanwhile by another consumer is as concurrent with the transaction as it would be
     * with any single read of it.
     */
    public void rememberFactsOutsideContractsUntilCommit() {
        if (transactions.getResource(ReadKey.class) == null) {
            transactions.putResource(ReadKey.class, new HashMap<ReadKey, Object>());
        }
    }

    private <T> T remembered(String what, Object key, Supplier<T> read) {
        return remembered(judgement.get(), new ReadKey(what, key), read);
    }

    /** Remembered for the transaction when it applies contract events only, else for the judgement of one event. */
    @SuppressWarnings("unchecked")
    private <T> T factOutsideContracts(String what, Object key, Supplier<T> read) {
        var reads = (Map<ReadKey, Object>) transactions.getResource(ReadKey.class);
        return remembered(reads != null ? reads : judgement.get(), new ReadKey(what, key), read);
    }

    @SuppressWarnings("unchecked")
    private static <T> T remembered(Map<ReadKey, Object> reads, ReadKey key, Supplier<T> read) {
        if (reads == null) {
            return read.get();
        }
        // Not computeIfAbsent: a read may itself remember another (and null is not a value there).
        if (reads.containsKey(key)) {
            return (T) reads.get(key);
        }
        T value = read.get();
        reads.put(key, value);
        return value;
    }

    /** The contract as its projection was just written, for the rest of this judgement. */
    void remember(Contract contract) {
        Map<ReadKey, Object> reads = judgement.get();
        if (reads != null) {
            reads.put(new ReadKey("contract", contract.contractId()), Optional.of(contract));
        }
    }

    /** How a contract's written notice was dated: the typed date and which day counts ({@code noticeDate} or {@code recordedAt}). */
    public record WrittenNoticeDating(LocalDate typedOn, String dateUsed) {
    }

    @SuppressWarnings("unchecked")
    public Optional<WrittenNoticeDating> writtenNoticeDating(UUID contractId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select written_notice_typed_on, written_notice_date_used from contract
                        where contract_id = ?1 and written_notice_on is not null""")
                .setParameter(1, contractId).getResultList();
        return rows.stream().findFirst().map(r -> new WrittenNoticeDating(toDate(r[0]), (String) r[1]));
    }

    public Optional<Contract> contract(UUID contractId) {
        return remembered("contract", contractId, () -> contracts("contract_id = ?1", contractId).stream().findFirst());
    }

    /** Contracts not yet completed or cancelled. */
    public List<Contract> openContracts(UUID agencyId) {
        return contracts("agency_id = ?1 and status not in ('COMPLETED', 'CANCELLED')", agencyId);
    }

    @SuppressWarnings("unchecked")
    private List<Contract> contracts(String where, UUID id) {
        List<Object[]> rows = em.createNativeQuery("""
                        select contract_id, agency_id, contract_number, client_name, client_industry, service_type,
                               fee_total, signed_date, site_work_required, status, cast(staffing as text), written_notice_on
                        from contract where""" + " " + where + " order by signed_date, contract_id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Contract((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (BigDecimal) r[6], toDate(r[7]), (Boolean) r[8], (String) r[9],
                read((String) r[10], new TypeReference<List<StaffMemberV1>>() { }), toDate(r[11]))).toList();
    }

    public List<Qualification> qualifications(UUID agencyId) {
        return factOutsideContracts(QUALIFICATIONS, agencyId,
                () -> readQualifications(List.of(agencyId)).getOrDefault(agencyId, List.of()));
    }

    /**
     * Reads the facts outside contracts of these agencies (certificates, employments, commitment letters) in one
     * query each and remembers them for the transaction, if it remembers such facts
     * ({@link #rememberFactsOutsideContractsUntilCommit}): a batch of contract events names many agencies, and
     * reading each one's facts on its own was most of the time a batch took.
     */
    @SuppressWarnings("unchecked")
    public void readAheadFactsOutsideContracts(Collection<UUID> agencyIds) {
        var reads = (Map<ReadKey, Object>) transactions.getResource(ReadKey.class);
        if (reads == null) {
            return;
        }
        List<UUID> unread = agencyIds.stream().distinct()
                .filter(id -> !reads.containsKey(new ReadKey(QUALIFICATIONS, id))).toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<UUID, List<Qualification>> qualifications = readQualifications(unread);
        Map<UUID, List<Employment>> employments = readEmployments(unread);
        Map<UUID, LocalDate> firstCommitments = readFirstCommitments(unread);
        for (UUID agencyId : unread) {
            reads.put(new ReadKey(QUALIFICATIONS, agencyId), qualifications.getOrDefault(agencyId, List.of()));
            reads.put(new ReadKey(EMPLOYMENTS, agencyId), employments.getOrDefault(agencyId, List.of()));
            reads.put(new ReadKey(FIRST_COMMITMENT, agencyId), Optional.ofNullable(firstCommitments.get(agencyId)));
        }
    }

    /** Agency ids as a uuid[] parameter: {@code cast(?1 as uuid[])}. */
    private static String[] idArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<Qualification>> readQualifications(Collection<UUID> agencyIds) {
        List<Object[]> rows = em.createNativeQuery("""
                        select agency_id, qualification_id, certificate_number, cast(business_scope as text), valid_from,
                               valid_to, status
                        from qualification where agency_id = any(cast(?1 as uuid[])) order by agency_id, qualification_id""")
                .setParameter(1, idArray(agencyIds)).getResultList();
        Map<UUID, List<Qualification>> byAgency = new HashMap<>();
        for (Object[] r : rows) {
            byAgency.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add(new Qualification((UUID) r[1],
                    (String) r[2], read((String) r[3], new TypeReference<List<ScopeEntry>>() { }), toDate(r[4]),
                    toDate(r[5]), (String) r[6]));
        }
        return byAgency;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<Employment>> readEmployments(Collection<UUID> agencyIds) {
        List<Object[]> rows = em.createNativeQuery("""
                        select agency_id, practitioner_id, employed_from, employed_to
                        from employment where agency_id = any(cast(?1 as uuid[]))""")
                .setParameter(1, idArray(agencyIds)).getResultList();
        Map<UUID, List<Employment>> byAgency = new HashMap<>();
        for (Object[] r : rows) {
            byAgency.computeIfAbsent((UUID) r[0], id -> new ArrayList<>())
                    .add(new Employment((UUID) r[1], toDate(r[2]), toDate(r[3])));
        }
        return byAgency;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, LocalDate> readFirstCommitments(Collection<UUID> agencyIds) {
        List<Object[]> rows = em.createNativeQuery("""
                        select agency_id, min(signed_on) from agency_commitment
                        where agency_id = any(cast(?1 as uuid[])) group by agency_id""")
                .setParameter(1, idArray(agencyIds)).getResultList();
        Map<UUID, LocalDate> byAgency = new HashMap<>();
        for (Object[] r : rows) {
            byAgency.put((UUID) r[0], toDate(r[1]));
        }
        return byAgency;
    }

    /** A credential named on an open contract of another agency. */
    public record CredentialElsewhere(String credentialNumber, UUID agencyId, UUID contractId, String contractNumber) {
    }

    private record CredentialsKey(UUID agencyId, List<String> credentialNumbers) {
    }

    /**
     * Open contracts of agencies other than {@code :agencyId} naming one of {@code :credentials} (text[]): per
     * number, the two index ranges around the agency's id, so its own contracts, however many, are not read (written
     * out so that a prepared statement's generic plan keeps to the index); for evidence, at most ten on either side.
     */
    static final String CREDENTIALS_ELSEWHERE = """
            select n.number, cc.agency_id, cc.contract_id, c.contract_number
            from unnest(cast(:credentials as text[])) as n(number)
            cross join lateral (
                (select agency_id, contract_id from contract_credential
                 where credential_number = n.number and agency_id < :agencyId order by agency_id limit 10)
                union all
                (select agency_id, contract_id from contract_credential
                 where credential_number = n.number and agency_id > :agencyId order by agency_id limit 10)) cc
            join contract c on c.contract_id = cc.contract_id""";

    /** Open contracts (not completed or cancelled) of other agencies naming one of the credential numbers. */
    public List<CredentialElsewhere> credentialsOnOpenContractsOfOtherAgencies(UUID agencyId, List<String> credentialNumbers) {
        if (credentialNumbers.isEmpty()) {
            return List.of();
        }
        return remembered("credentialsElsewhere", new CredentialsKey(agencyId, credentialNumbers), () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(CREDENTIALS_ELSEWHERE + " order by n.number, cc.contract_id")
                    .setParameter("agencyId", agencyId)
                    .setParameter("credentials", credentialNumbers.toArray(String[]::new))
                    .getResultList();
            return rows.stream().map(r -> new CredentialElsewhere((String) r[0], (UUID) r[1], (UUID) r[2], (String) r[3])).toList();
        });
    }

    /**
     * What {@link #credentialsOnOpenContractsOfOtherAgencies} answers, found by the projection's write, for the rest
     * of this judgement: {@code json} is the JSON array of [number, agency id, contract id, contract number] rows in
     * the order of {@code CREDENTIALS_ELSEWHERE ... order by number, contract id}, or null for none.
     */
    void rememberCredentialsElsewhere(UUID agencyId, List<String> credentialNumbers, String json) {
        Map<ReadKey, Object> reads = judgement.get();
        if (reads != null) {
            List<CredentialElsewhere> found = json == null ? List.of() : java.util.Arrays.stream(read(json, new TypeReference<String[][]>() { }))
                    .map(r -> new CredentialElsewhere(r[0], UUID.fromString(r[1]), UUID.fromString(r[2]), r[3])).toList();
            reads.put(new ReadKey("credentialsElsewhere", new CredentialsKey(agencyId, credentialNumbers)), found);
        }
    }

    /** Whether the practitioner had an employment at the agency on that day, by the registry's records. */
    public boolean employedAt(UUID practitionerId, UUID agencyId, LocalDate day) {
        List<Employment> employments = factOutsideContracts(EMPLOYMENTS, agencyId,
                () -> readEmployments(List.of(agencyId)).getOrDefault(agencyId, List.of()));
        return employments.stream().anyMatch(e -> e.practitionerId().equals(practitionerId) && e.on(day));
    }

    /**
     * Another agency employing the practitioner full-time on that day, by the registry's records (ART14-10): read
     * directly, not remembered, as only contracts with staff lists ask.
     */
    public Optional<UUID> fullTimeEmployerOtherThan(UUID practitionerId, UUID agencyId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<UUID> others = em.createNativeQuery("""
                        select agency_id from employment where practitioner_id = ?1 and agency_id <> ?2
                        and employment_type = 'FULL_TIME' and employed_from <= ?3 and (employed_to is null or employed_to >= ?3)
                        order by agency_id limit 1""", UUID.class)
                .setParameter(1, practitionerId).setParameter(2, agencyId).setParameter(3, day).getResultList();
        return others.stream().findFirst();
    }

    /** Whether the agency had signed a commitment letter (附件2) on or before that day. */
    public boolean commitmentSigned(UUID agencyId, LocalDate onOrBefore) {
        Optional<LocalDate> first = factOutsideContracts(FIRST_COMMITMENT, agencyId,
                () -> Optional.ofNullable(readFirstCommitments(List.of(agencyId)).get(agencyId)));
        return first.isPresent() && !first.get().isAfter(onOrBefore);
    }

    /** The association's reference price of the service type in the industry (Art. 16), when it set one. */
    public Optional<BigDecimal> referencePrice(String serviceType, String industry) {
        return factOutsideContracts("referencePrice", new PriceKey(serviceType, industry),
                () -> ReferencePrice.of(serviceType, industry).map(price -> price.amount));
    }

    /** Everyone recorded on any site visit of the contract. */
    @SuppressWarnings("unchecked")
    public List<UUID> siteVisitAttendees(UUID contractId) {
        List<String> rows = em.createNativeQuery("select cast(practitioner_ids as text) from site_visit where contract_id = ?1")
                .setParameter(1, contractId).getResultList();
        return rows.stream().flatMap(r -> read(r, new TypeReference<List<UUID>>() { }).stream()).distinct().toList();
    }

    public long siteVisits(UUID contractId) {
        return ((Number) em.createNativeQuery("select count(*) from site_visit where contract_id = ?1")
                .setParameter(1, contractId).getSingleResult()).longValue();
    }

    public Optional<Report> report(UUID reportId) {
        return reports("report_id = ?1", reportId).stream().findFirst();
    }

    /** Reports for other clients submitted before this one (in submission order). */
    public List<Report> earlierReportsOfOtherClients(Report report) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select report_id, contract_id, report_number, client_key, summary, minhash, submitted_at from report
                        where client_key <> ?1 and report_id <> ?2 and (submitted_at < ?3 or (submitted_at = ?3 and report_id < ?2))
                        order by submitted_at, report_id""")
                .setParameter(1, report.clientKey()).setParameter(2, report.reportId()).setParameter(3, report.submittedAt())
                .getResultList();
        return rows.stream().map(ComplianceFacts::toReport).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Report> reports(String where, UUID id) {
        List<Object[]> rows = em.createNativeQuery(
                        "select report_id, contract_id, report_number, client_key, summary, minhash, submitted_at from report where " + where)
                .setParameter(1, id).getResultList();
        return rows.stream().map(ComplianceFacts::toReport).toList();
    }

    private static Report toReport(Object[] r) {
        return new Report((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                NearDuplicates.decode((String) r[5]), toInstant(r[6]));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (Exception e) {
            throw new IllegalStateException("projection holds unreadable JSON: " + e.getMessage(), e);
        }
    }
}
