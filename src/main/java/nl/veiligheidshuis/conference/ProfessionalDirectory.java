package nl.veiligheidshuis.conference;

/** Who the professionals are (the engine's identity service in the application): for appointing a case director. */
public interface ProfessionalDirectory {

    boolean exists(String userId);

    boolean isMemberOf(String userId, String groupId);

    boolean worksInRegion(String userId, String regionId);
}
