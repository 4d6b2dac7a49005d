package nl.veiligheidshuis.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person in a case: the subject or a member of the family system. */
@Entity
@Table(name = "vh_case_subject")
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubjectRole role;

    private String relation;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String bsn;

    private String municipality;

    protected Subject() {
    }

    public Subject(Long caseId, SubjectRole role, String relation, String givenName, String familyName, LocalDate dateOfBirth,
            String bsn, String municipality) {
        this.caseId = caseId;
        this.role = role;
        this.relation = relation;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.bsn = bsn;
        this.municipality = municipality;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public SubjectRole getRole() {
        return role;
    }

    public String getRelation() {
        return relation;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getBsn() {
        return bsn;
    }

    public String getMunicipality() {
        return municipality;
    }
}
