package nl.veiligheidshuis.privacy;

/** No person with this subject id (HTTP 404). */
class SubjectNotFoundException extends RuntimeException {

    SubjectNotFoundException(Long subjectId) {
        super("Geen betrokkene met nummer " + subjectId);
    }
}
