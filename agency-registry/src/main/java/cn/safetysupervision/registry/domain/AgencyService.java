package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.FieldChangeV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.persistence.UniqueViolations;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.registry.config.RegistryConfig;
import cn.safetysupervision.registry.events.AgencyEventMapper;
import cn.safetysupervision.registry.events.RegistryEventMapper;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.AgencyChange;
import cn.safetysupervision.registry.persistence.ChangeFiling;
import cn.safetysupervision.registry.persistence.Commitment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registering and changing agencies; every change and its event commit together. */
@ApplicationScoped
public class AgencyService {

    /** Changes of these fields must be filed with the authority (Art. 14.12). */
    static final Set<String> FILED_FIELDS = Set.of("name", "registeredAddress", "legalRepresentative");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String COMMITMENT_VERSION = "2023";

    private static final String INSERT_AGENCY = """
            insert into agency (id, credit_code, name, legal_representative, registered_address, office_address, postcode,
                                legal_rep_phone, contact_person, contact_phone, email, licence_issuer, licence_issued_on,
                                business_content, status, registered_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final Outbox outbox;
    private final AgencyEventMapper events;
    private final RegistryEventMapper registryEvents;
    private final RegistryConfig config;

    AgencyService(Outbox outbox, AgencyEventMapper events, RegistryEventMapper registryEvents, RegistryConfig config) {
        this.outbox = outbox;
        this.events = events;
        this.registryEvents = registryEvents;
        this.config = config;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A credit code is one legal person: a second registration of it is a 409 naming the existing agency. */
    public Agency register(String creditCode, String name, String legalRepresentative, String registeredAddress) {
        return register(creditCode, AgencyData.minimal(name, legalRepresentative, registeredAddress));
    }

    /**
     * The agency's row and its agency.registered event are written by one statement ({@link Outbox#insertWithEvent}):
     * registration is the busiest write and a transaction's separate inserts and commit were most of its cost. In
     * the caller's transaction if there is one (bulk import, Idempotency-Key); otherwise it commits on its own.
     * The unique constraint decides a duplicate credit code, not a look-up first: that spares every registration a
     * query and also answers two concurrent registrations of one code with a 409 (a look-up would let both pass).
     */
    public Agency register(String creditCode, AgencyData data) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);  // as stored, so the answer equals a later read
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.creditCode = creditCode;
        apply(agency, data);
        agency.status = AgencyStatus.ACTIVE;
        agency.registeredAt = now;
        agency.updatedAt = now;
        try {
            outbox.insertWithEvent(INSERT_AGENCY, statement -> bindNewAgency(statement, agency),
                    RegistryEvents.AGENCY_REGISTERED_V1, agency.id, events.registered(agency));
        } catch (SQLException e) {
            if (UniqueViolations.of(e, "agency_credit_code_key")) {
                throw creditCodeTaken(creditCode);
            }
            throw new PersistenceException("could not register agency " + creditCode, e);
        }
        return agency;
    }

    private static int bindNewAgency(PreparedStatement statement, Agency a) throws SQLException {
        statement.setObject(1, a.id);
        statement.setString(2, a.creditCode);
        statement.setString(3, a.name);
        statement.setString(4, a.legalRepresentative);
        statement.setString(5, a.registeredAddress);
        statement.setString(6, a.officeAddress);
        statement.setString(7, a.postcode);
        statement.setString(8, a.legalRepresentativePhone);
        statement.setString(9, a.contactPerson);
        statement.setString(10, a.contactPhone);
        statement.setString(11, a.email);
        statement.setString(12, a.licenceIssuer);
        statement.setObject(13, a.licenceIssuedOn);
        statement.setString(14, a.businessContent);
        statement.setString(15, a.status.name());
        statement.setObject(16, OffsetDateTime.ofInstant(a.registeredAt, ZoneOffset.UTC));
        statement.setObject(17, OffsetDateTime.ofInstant(a.updatedAt, ZoneOffset.UTC));
        return 17;
    }

    /** Called after the failed insert (which dooms a surrounding transaction), so the existing agency is read in a new one. */
    private static ProblemException creditCodeTaken(String creditCode) {
        Optional<UUID> existing = QuarkusTransaction.requiringNew()
                .call(() -> Agency.findByCreditCode(creditCode).map(agency -> agency.id));
        return ProblemException.conflict("an agency with credit code " + creditCode + " is already registered",
                existing.<Map<String, Object>>map(id -> Map.of("existingAgencyId", id)).orElse(Map.of()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agency> find(UUID id) {
        return Agency.findByIdOptional(id);
    }

    public Agency get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("agency", id));
    }

    /**
     * Replaces the master data. Every changed field goes to the history; a change of name, registered address or
     * legal representative opens a filing window.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agency update(UUID id, String ifMatch, AgencyData data, String by) {
        Agency agency = get(id);
        EntityTags.requireMatch(ifMatch, agency.version);
        Map<String, String[]> diff = diff(agency, data);
        if (diff.isEmpty()) {
            return agency;
        }
        Instant now = Instant.now();
        apply(agency, data);
        agency.updatedAt = now;
        List<FieldChangeV1> changes = new ArrayList<>();
        List<String> filed = new ArrayList<>();
        diff.forEach((field, values) -> {
            recordChange(agency.id, field, values[0], values[1], by, now);
            changes.add(new FieldChangeV1(field, values[0], values[1]));
            if (FILED_FIELDS.contains(field)) {
                filed.add(field);
            }
        });
        ChangeFiling filing = null;
        if (!filed.isEmpty()) {
            filing = new ChangeFiling();
            filing.id = UUID.randomUUID();
            filing.agencyId = agency.id;
            filing.changedFields = String.join(",", filed);
            filing.changedAt = now;
            filing.dueOn = LocalDate.ofInstant(now, ZONE).plusDays(config.changeFilingWindowDays());
            filing.persist();
        }
        Agency.getEntityManager().flush();
        outbox.publish(RegistryEvents.AGENCY_CHANGED_V1, agency.id, registryEvents.changed(agency, changes, filing, by, now));
        return agency;
    }

    /** The agency submits its filing: recorded beside the filing, which stays open until a supervisor confirms receipt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeFiling submitFiling(UUID agencyId, UUID filingId, LocalDate submittedOn, String reference, String by) {
        get(agencyId);
        ChangeFiling filing = ChangeFiling.<ChangeFiling>findByIdOptional(filingId)
                .filter(f -> f.agencyId.equals(agencyId))
                .orElseThrow(() -> ProblemException.notFound("change filing", filingId));
        if (filing.filedOn != null) {
            throw ProblemException.conflict("the change was already filed on " + filing.filedOn);
        }
        if (submittedOn.isAfter(today())) {
            throw ProblemException.invalidField("filedOn", "must not be in the future");
        }
        filing.submittedOn = submittedOn;
        filing.submittedBy = by;
        filing.submittedAt = Instant.now();
        if (reference != null && !reference.isBlank()) {
            filing.filingReference = reference.strip();
        }
        return filing;
    }

    /**
     * A regulator or the association confirms receipt of a filing with the date of receipt: closes the filing window;
     * receipt after the due day is recorded as late (evidence for Art. 14.12).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeFiling file(UUID agencyId, UUID filingId, LocalDate filedOn, String reference, String by) {
        Agency agency = get(agencyId);
        ChangeFiling filing = ChangeFiling.<ChangeFiling>findByIdOptional(filingId)
                .filter(f -> f.agencyId.equals(agencyId))
                .orElseThrow(() -> ProblemException.notFound("change filing", filingId));
        if (filing.filedOn != null) {
            throw ProblemException.conflict("the change was already filed on " + filing.filedOn);
        }
        if (filedOn.isAfter(today())) {
            throw ProblemException.invalidField("filedOn", "must not be in the future");
        }
        if (filedOn.isBefore(LocalDate.ofInstant(filing.changedAt, ZONE))) {
            throw ProblemException.invalidField("filedOn", "must not be before the change");
        }
        filing.filedOn = filedOn;
        if (reference != null && !reference.isBlank()) {
            filing.filingReference = reference;
        }
        filing.filedBy = by;
        filing.recordedAt = Instant.now();
        outbox.publish(RegistryEvents.AGENCY_CHANGE_FILED_V1, agency.id, registryEvents.changeFiled(agency, filing));
        return filing;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Agency changeStatus(UUID id, String ifMatch, AgencyStatus status, String reason, String by) {
        Agency agency = get(id);
        EntityTags.requireMatch(ifMatch, agency.version);
        if (agency.status == status) {
            throw ProblemException.conflict("the agency is already " + status);
        }
        if (agency.status == AgencyStatus.REVOKED || agency.status == AgencyStatus.CANCELLED) {
            throw ProblemException.conflict("a " + agency.status + " agency cannot change status");
        }
        String previous = agency.status.name();
        Instant now = Instant.now();
        agency.status = status;
        agency.updatedAt = now;
        recordChange(agency.id, "status", previous, status.name(), by, now);
        Agency.getEntityManager().flush();
        outbox.publish(RegistryEvents.AGENCY_STATUS_CHANGED_V1, agency.id,
                registryEvents.statusChanged(agency, previous, reason, by, now));
        return agency;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Commitment recordCommitment(UUID agencyId, String signatory, String signatoryTitle, LocalDate signedOn,
                                       String documentSha256, String by) {
        Agency agency = get(agencyId);
        if (signedOn.isAfter(today())) {
            throw ProblemException.invalidField("signedOn", "must not be in the future");
        }
        Commitment c = new Commitment();
        c.id = UUID.randomUUID();
        c.agencyId = agencyId;
        c.signatory = signatory.strip();
        c.signatoryTitle = signatoryTitle;
        c.signedOn = signedOn;
        c.documentSha256 = documentSha256.toLowerCase();
        c.commitmentVersion = COMMITMENT_VERSION;
        c.recordedBy = by;
        c.recordedAt = Instant.now();
        c.persist();
        outbox.publish(RegistryEvents.AGENCY_COMMITMENT_SIGNED_V1, agency.id, registryEvents.commitmentSigned(agency, c));
        return c;
    }

    private static void recordChange(UUID agencyId, String field, String before, String after, String by, Instant at) {
        AgencyChange change = new AgencyChange();
        change.id = UUID.randomUUID();
        change.agencyId = agencyId;
        change.field = field;
        change.beforeValue = before;
        change.afterValue = after;
        change.changedBy = by;
        change.changedAt = at;
        change.persist();
    }


    private static Map<String, String[]> diff(Agency a, AgencyData d) {
        Map<String, String[]> diff = new LinkedHashMap<>();
        compare(diff, "name", a.name, strip(d.name()));
        compare(diff, "legalRepresentative", a.legalRepresentative, strip(d.legalRepresentative()));
        compare(diff, "registeredAddress", a.registeredAddress, strip(d.registeredAddress()));
        compare(diff, "officeAddress", a.officeAddress, strip(d.officeAddress()));
        compare(diff, "postcode", a.postcode, strip(d.postcode()));
        compare(diff, "legalRepresentativePhone", a.legalRepresentativePhone, strip(d.legalRepresentativePhone()));
        compare(diff, "contactPerson", a.contactPerson, strip(d.contactPerson()));
        compare(diff, "contactPhone", a.contactPhone, strip(d.contactPhone()));
        compare(diff, "email", a.email, strip(d.email()));
        compare(diff, "licenceIssuer", a.licenceIssuer, strip(d.licenceIssuer()));
        compare(diff, "licenceIssuedOn", str(a.licenceIssuedOn), str(d.licenceIssuedOn()));
        compare(diff, "businessContent", a.businessContent, strip(d.businessContent()));
        return diff;
    }

    private static void compare(Map<String, String[]> diff, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            diff.put(field, new String[]{before, after});
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void apply(Agency a, AgencyData d) {
        a.name = strip(d.name());
        a.legalRepresentative = strip(d.legalRepresentative());
        a.registeredAddress = strip(d.registeredAddress());
        a.officeAddress = strip(d.officeAddress());
        a.postcode = strip(d.postcode());
        a.legalRepresentativePhone = strip(d.legalRepresentativePhone());
        a.contactPerson = strip(d.contactPerson());
        a.contactPhone = strip(d.contactPhone());
        a.email = strip(d.email());
        a.licenceIssuer = strip(d.licenceIssuer());
        a.licenceIssuedOn = d.licenceIssuedOn();
        a.businessContent = strip(d.businessContent());
    }
}
