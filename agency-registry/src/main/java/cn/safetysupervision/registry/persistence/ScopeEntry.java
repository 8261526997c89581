package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** One business scope entry: service type × industry. */
@Embeddable
public class ScopeEntry {
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    public ServiceType serviceType;
    @Column(nullable = false)
    public String industry;

    public ScopeEntry() {
    }

    public ScopeEntry(ServiceType serviceType, String industry) {
        this.serviceType = serviceType;
        this.industry = industry;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public String getIndustry() {
        return industry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopeEntry e && e.serviceType == serviceType && Objects.equals(e.industry, industry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceType, industry);
    }
}
