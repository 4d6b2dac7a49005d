package nl.veiligheidshuis.monitoring;

/** What the responsible partner reports on {@code monitoring-agreement-report}. */
public enum ReportOutcome {
    DONE,
    PARTLY,
    NOT_DONE;

    AgreementState state() {
        return AgreementState.valueOf(name());
    }
}
