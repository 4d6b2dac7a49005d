package nl.veiligheidshuis.privacy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.Subject;

/**
 * One person as the case files of the caller's region(s) know them: the row asked for ({@code anchor}), every row
 * of the same person ({@link PersonMatching}) and the cases those rows are in. Rows in cases of other regions are
 * left out; those regions are named only ({@code otherRegions}: their process direction is the contact).
 */
public record PersonInCases(Subject anchor, List<Subject> rows, List<CaseFile> cases, List<String> otherRegions) {

    public PersonInCases {
        rows = List.copyOf(rows);
        cases = List.copyOf(cases);
        otherRegions = List.copyOf(otherRegions);
    }

    public List<Long> subjectIds() {
        return rows.stream().map(Subject::getId).toList();
    }

    public List<Long> caseIds() {
        return cases.stream().map(CaseFile::getId).toList();
    }

    public List<String> caseNumbers() {
        return cases.stream().map(CaseFile::getCaseNumber).toList();
    }

    public String caseNumberOf(Long caseId) {
        return casesById().get(caseId).getCaseNumber();
    }

    public Map<Long, CaseFile> casesById() {
        return cases.stream().collect(Collectors.toMap(CaseFile::getId, Function.identity()));
    }

    /** The person's row in this case (the first, when a case holds the person twice). */
    public Subject rowIn(Long caseId) {
        return rows.stream().filter(row -> row.getCaseId().equals(caseId)).findFirst().orElseThrow();
    }
}
