package nl.veiligheidshuis.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a partner wrote into the case, with its source partner and the legal basis for sharing it. */
@Entity
@Table(name = "vh_case_contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "source_partner", nullable = false)
    private String sourcePartner;

    @Column(nullable = false)
    private String author;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Contribution() {
    }

    public Contribution(Long caseId, String kind, String sourcePartner, String author, String legalBasis, String content, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.sourcePartner = sourcePartner;
        this.author = author;
        this.legalBasis = legalBasis;
        this.content = content;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
    }

    public String getSourcePartner() {
        return sourcePartner;
    }

    public String getAuthor() {
        return author;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
