package cn.safetysupervision.registry.persistence;

import cn.safetysupervision.registry.domain.AgencyStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_representative", nullable = false)
    public String legalRepresentative;

    @Column(name = "registered_address", nullable = false)
    public String registeredAddress;

    @Column(name = "office_address")
    public String officeAddress;

    public String postcode;

    @Column(name = "legal_rep_phone")
    public String legalRepresentativePhone;

    @Column(name = "contact_person")
    public String contactPerson;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String email;

    @Column(name = "licence_issuer")
    public String licenceIssuer;

    @Column(name = "licence_issued_on")
    public java.time.LocalDate licenceIssuedOn;

    @Column(name = "business_content")
    public String businessContent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Agency> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }
}
