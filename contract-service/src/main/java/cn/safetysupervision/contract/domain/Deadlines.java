package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.ContractDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract's deadlines: opened, rescheduled by amendments, satisfied by the awaited fact. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deadlines {

    public void open(Contract contract, DeadlineKind kind, LocalDate dueDate) {
        if (dueDate == null) {
            return;
        }
        ContractDeadline deadline = new ContractDeadline();
        deadline.id = UUID.randomUUID();
        deadline.contractId = contract.id;
        deadline.agencyId = contract.agencyId;
        deadline.kind = kind;
        deadline.dueDate = dueDate;
        deadline.persist();
    }

    /** A new due date from an amendment. A deadline already reported overdue stays as it was. */
    public void reschedule(Contract contract, DeadlineKind kind, LocalDate dueDate) {
        ContractDeadline deadline = find(contract.id, kind);
        if (deadline == null) {
            open(contract, kind, dueDate);
        } else if (deadline.satisfiedAt == null && deadline.overdueEmittedAt == null) {
            if (dueDate == null) {
                deadline.satisfiedAt = Instant.now();
            } else {
                deadline.dueDate = dueDate;
            }
        }
    }

    /** The awaited fact happened: the deadline no longer runs. */
    public void satisfy(UUID contractId, DeadlineKind kind) {
        ContractDeadline deadline = find(contractId, kind);
        if (deadline != null && deadline.satisfiedAt == null) {
            deadline.satisfiedAt = Instant.now();
        }
    }

    public void closeAll(UUID contractId) {
        ContractDeadline.update("satisfiedAt = ?1 where contractId = ?2 and satisfiedAt is null", Instant.now(), contractId);
    }

    public List<ContractDeadline> of(UUID contractId) {
        return ContractDeadline.list("contractId = ?1 order by dueDate, kind", contractId);
    }

    private static ContractDeadline find(UUID contractId, DeadlineKind kind) {
        return ContractDeadline.find("contractId = ?1 and kind = ?2", contractId, kind).firstResult();
    }
}
