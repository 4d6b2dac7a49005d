package nl.veiligheidshuis.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a referral sent with an {@code Idempotency-Key}, per caller. */
@Entity
@Table(name = "vh_idempotent_request")
class IdempotentRequest {

    @Embeddable
    record Key(@Column(name = "caller") String caller, @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int status;

    @Column(name = "case_number", nullable = false)
    private String caseNumber;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(nullable = false)
    private boolean linked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    IdempotentRequest(Key key, ReferralAnswer answer, Instant createdAt) {
        this.key = key;
        this.status = answer.status();
        this.caseNumber = answer.caseNumber();
        this.processInstanceId = answer.processInstanceId();
        this.linked = answer.linked();
        this.createdAt = createdAt;
    }

    ReferralAnswer answer() {
        return new ReferralAnswer(status, caseNumber, processInstanceId, linked, null);
    }
}
