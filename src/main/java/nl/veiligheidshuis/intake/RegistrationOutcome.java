package nl.veiligheidshuis.intake;

/**
 * What registering a referral led to: a new case, or the referral joined to the region's active case of the
 * same person or family. {@code otherRegionHit} names a region where a subject is in an active case (a hit
 * without details: that region's process direction is the contact, §5.3).
 */
public record RegistrationOutcome(Long caseId, String caseNumber, boolean linked, String otherRegionHit) {
}
