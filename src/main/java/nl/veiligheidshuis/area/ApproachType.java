package nl.veiligheidshuis.area;

/** What the area analysis leads to (§3.1): advice to the local administrators, or a joint approach with the partners. */
public enum ApproachType {
    ADVICE_TO_ADMINISTRATION,
    JOINT_APPROACH
}
