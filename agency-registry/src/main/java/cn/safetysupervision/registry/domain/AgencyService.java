package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.registry.events.AgencyEventMapper;
import cn.safetysupervision.registry.persistence.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registering and reading agencies; every change and its event commit together. */
@ApplicationScoped
public class AgencyService {

    private final Outbox outbox;
    private final AgencyEventMapper events;

    AgencyService(Outbox outbox, AgencyEventMapper events) {
        this.outbox = outbox;
        this.events = events;
    }

    /** A credit code is one legal person: a second registration of it is a 409 naming the existing agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agency register(String creditCode, String name, String legalRepresentative, String registeredAddress) {
        Agency.findByCreditCode(creditCode).ifPresent(existing -> {
            throw ProblemException.conflict("an agency with credit code " + creditCode + " is already registered",
                    Map.of("existingAgencyId", existing.id));
        });
        Instant now = Instant.now();
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.creditCode = creditCode;
        agency.name = name.strip();
        agency.legalRepresentative = legalRepresentative.strip();
        agency.registeredAddress = registeredAddress.strip();
        agency.status = AgencyStatus.ACTIVE;
        agency.registeredAt = now;
        agency.updatedAt = now;
        agency.persistAndFlush();
        outbox.publish(RegistryEvents.AGENCY_REGISTERED_V1, agency.id, events.registered(agency));
        return agency;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agency> find(UUID id) {
        return Agency.findByIdOptional(id);
    }
}
