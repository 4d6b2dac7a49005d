package nl.veiligheidshuis.organisation;

/** The fixed group ids of design.md, for code that routes work to a group. */
public final class Groups {

    public static final String PROCESS_DIRECTION = "procesregie";
    public static final String VH_MANAGER = "vh-manager";
    public static final String MUNICIPALITY = "gemeente";
    public static final String POLICE = "politie";
    public static final String PUBLIC_PROSECUTION = "om";
    public static final String TACTICAL_MEETING = "tactisch-overleg";
    public static final String STEERING_GROUP = "stuurgroep";
    public static final String NATIONAL_MEETING = "landelijk-overleg";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private Groups() {
    }
}
