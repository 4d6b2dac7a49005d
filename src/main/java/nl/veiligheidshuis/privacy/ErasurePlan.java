package nl.veiligheidshuis.privacy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which of a person's rows an erasure request may erase (AVG art. 17): rows in closed cases go; rows in active cases
 * stay, because the partners need them for the approach that is running (art. 17(3)(b) AVG and the WGS), and the
 * person is told so with the case numbers. A row in a destroyed case is already gone and is not in the plan.
 */
record ErasurePlan(List<Row> erase, List<Row> keep) {

    /** One row of the person, with whether its case is still active. */
    record Row(long subjectId, long caseId, String caseNumber, boolean caseActive) {
    }

    static ErasurePlan of(List<Row> rows) {
        return new ErasurePlan(rows.stream().filter(row -> !row.caseActive()).toList(),
                rows.stream().filter(Row::caseActive).toList());
    }

    SubjectRequest.Outcome outcome() {
        if (keep.isEmpty()) {
            return SubjectRequest.Outcome.ERASED;
        }
        return erase.isEmpty() ? SubjectRequest.Outcome.REFUSED : SubjectRequest.Outcome.PARTIALLY_ERASED;
    }

    /** Why the rows in active cases stay; null when none stays. */
    String keptReason() {
        if (keep.isEmpty()) {
            return null;
        }
        return "Niet gewist in " + keep.stream().map(Row::caseNumber).distinct().collect(Collectors.joining(", "))
                + ": de casus loopt nog en de ketenpartners hebben de gegevens nodig voor de lopende aanpak (art. 17 lid 3 AVG, WGS). "
                + "Na afsluiting volgt vernietiging na de bewaartermijn.";
    }

    String erasedDetail() {
        return "Gewist: " + erase.size() + (erase.size() == 1 ? " rij" : " rijen") + " in "
                + erase.stream().map(Row::caseNumber).distinct().count() + " afgesloten casus(sen)";
    }
}
