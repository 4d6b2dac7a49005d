package nl.veiligheidshuis.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level an escalation reached: group, deadline, decision with texts, who decided when, timing (vh_escalation_level). */
@Entity
@Table(name = "vh_escalation_level")
public class EscalationLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    private Long escalationId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_level", nullable = false, updatable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false, updatable = false)
    private Level fromLevel;

    @Column(name = "assignee_group", nullable = false, updatable = false)
    private String assigneeGroup;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private LevelOutcome outcome;

    @Column(name = "decision_text")
    private String decisionText;

    private String measures;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private Timing timing;

    @Enumerated(EnumType.STRING)
    private SentBackResponse response;

    @Column(name = "response_text")
    private String responseText;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    protected EscalationLevel() {
    }

    EscalationLevel(Long escalationId, int seq, Level level, Level fromLevel, String assigneeGroup, Instant openedAt, Instant dueAt) {
        this.escalationId = escalationId;
        this.seq = seq;
        this.level = level;
        this.fromLevel = fromLevel;
        this.assigneeGroup = assigneeGroup;
        this.openedAt = openedAt;
        this.dueAt = dueAt;
    }

    void decide(LevelOutcome outcome, String decisionText, String measures, String decisionReason, String by, Instant at) {
        this.outcome = outcome;
        this.decisionText = decisionText;
        this.measures = measures;
        this.decisionReason = decisionReason;
        this.decidedBy = by;
        this.decidedAt = at;
        this.timing = at.isAfter(dueAt) ? Timing.LATE : Timing.IN_TIME;
    }

    void timeOut(Instant at) {
        this.outcome = LevelOutcome.TIMED_OUT;
        this.decidedBy = "system";
        this.decidedAt = at;
        this.timing = Timing.TIMED_OUT;
    }

    /** The case closed while this level was handling it: no decision, nobody decided. */
    void endWithCase(Instant at) {
        this.outcome = LevelOutcome.CASE_CLOSED;
        this.decidedBy = "system";
        this.decidedAt = at;
    }

    void respond(SentBackResponse response, String text, String by, Instant at) {
        this.response = response;
        this.responseText = text;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public Long getId() {
        return id;
    }

    public Long getEscalationId() {
        return escalationId;
    }

    public int getSeq() {
        return seq;
    }

    public Level getLevel() {
        return level;
    }

    public Level getFromLevel() {
        return fromLevel;
    }

    public String getAssigneeGroup() {
        return assigneeGroup;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public LevelOutcome getOutcome() {
        return outcome;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public String getMeasures() {
        return measures;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Timing getTiming() {
        return timing;
    }

    public SentBackResponse getResponse() {
        return response;
    }

    public String getResponseText() {
        return responseText;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
