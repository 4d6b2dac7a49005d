package nl.veiligheidshuis.area;

/** How the local administration answered the advice. */
public enum AdministratorResponse {
    ACCEPTED,
    PARTLY,
    DECLINED
}
