package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** A practitioner (从业人员). The 身份证 number is held only as keyed hash, ciphertext and masked form. */
@Entity
@Table(name = "practitioner")
public class Practitioner extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(name = "id_number_hash", nullable = false, unique = true)
    public String idNumberHash;
    @Column(name = "id_number_encrypted", nullable = false)
    public String idNumberEncrypted;
    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;
    @Column(nullable = false)
    public String gender;
    public String phone;
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
    /** The agency that registered the person, when an agency did. */
    @Column(name = "registered_by_agency")
    public UUID registeredByAgency;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public static Optional<Practitioner> findByHash(String hash) {
        return find("idNumberHash", hash).firstResultOptional();
    }
}
