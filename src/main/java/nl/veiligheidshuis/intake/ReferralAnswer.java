package nl.veiligheidshuis.intake;

/** The answer of the referral API: 201 with a new case, 200 when joined to an existing one. */
record ReferralAnswer(int status, String caseNumber, String processInstanceId, boolean linked, OtherRegionHit knownInOtherRegion) {

    /** A subject is active in another region: no details, only whom to contact there (§5.3). */
    record OtherRegionHit(String region, String regionName, String contactGroup) {
    }
}
