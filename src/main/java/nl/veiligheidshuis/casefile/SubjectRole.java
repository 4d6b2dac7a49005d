package nl.veiligheidshuis.casefile;

public enum SubjectRole {
    SUBJECT,
    FAMILY_MEMBER
}
