package nl.veiligheidshuis.monitoring;

import java.util.Map;

/** The agreements of a plan version per state, as the projection and the evaluation show them. */
record StatusCounts(int open, int overdue, int done, int partlyDone, int notDone) {

    static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    /** Open counts every unreported agreement (overdue ones included); overdue only those past their due date. */
    static StatusCounts of(Map<AgreementState, Integer> perState) {
        int overdue = perState.getOrDefault(AgreementState.OVERDUE, 0);
        return new StatusCounts(perState.getOrDefault(AgreementState.OPEN, 0) + overdue, overdue,
                perState.getOrDefault(AgreementState.DONE, 0), perState.getOrDefault(AgreementState.PARTLY, 0),
                perState.getOrDefault(AgreementState.NOT_DONE, 0));
    }

    int total() {
        return open + done + partlyDone + notDone;
    }
}
