package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds everything the case files hold on one person, across the cases of the given regions. */
@Component
class PersonRecords {

    private final SubjectRows subjectRows;
    private final CaseFileRepository cases;

    PersonRecords(SubjectRows subjectRows, CaseFileRepository cases) {
        this.subjectRows = subjectRows;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public Optional<Subject> row(Long subjectId) {
        return subjectId == null ? Optional.empty() : Optional.ofNullable(subjectRows.byId(subjectId));
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> caseOf(Subject row) {
        return cases.findById(row.getCaseId());
    }

    /** The person of this row, in the cases of these regions. */
    @Transactional(readOnly = true)
    public PersonInCases person(Subject anchor, Collection<String> regions) {
        Map<Long, Subject> candidates = new LinkedHashMap<>();
        if (anchor.getBsn() != null && !anchor.getBsn().isBlank()) {
            subjectRows.withBsn(anchor.getBsn().trim()).forEach(row -> candidates.put(row.getId(), row));
        }
        if (anchor.getDateOfBirth() != null && PersonMatching.normal(anchor.getFamilyName()) != null) {
            subjectRows.withFamilyNameAndBirthDate(PersonMatching.normal(anchor.getFamilyName()), anchor.getDateOfBirth())
                    .forEach(row -> candidates.put(row.getId(), row));
        }
        candidates.put(anchor.getId(), anchor);
        List<Subject> same = candidates.values().stream()
                .filter(row -> row.getId().equals(anchor.getId()) || PersonMatching.samePerson(anchor, row))
                .sorted(java.util.Comparator.comparing(Subject::getId)).toList();
        return restrict(anchor, same, Set.copyOf(regions));
    }

    /** The first row of a person named by the requester (no BSN) in the cases of one region, if any. */
    @Transactional(readOnly = true)
    public Optional<Subject> findByName(String givenName, String familyName, LocalDate dateOfBirth, String region) {
        PersonMatching.PersonKey asked = new PersonMatching.PersonKey(null, givenName, familyName, dateOfBirth);
        List<Subject> rows = subjectRows.withFamilyNameAndBirthDate(PersonMatching.normal(familyName), dateOfBirth).stream()
                .filter(row -> PersonMatching.samePerson(asked, PersonMatching.PersonKey.of(row))).toList();
        Map<Long, CaseFile> byId = new LinkedHashMap<>();
        cases.findAllById(rows.stream().map(Subject::getCaseId).distinct().toList()).forEach(c -> byId.put(c.getId(), c));
        return rows.stream().filter(row -> byId.containsKey(row.getCaseId()) && byId.get(row.getCaseId()).getRegionId().equals(region))
                .findFirst();
    }

    private PersonInCases restrict(Subject anchor, List<Subject> same, Set<String> regions) {
        Map<Long, CaseFile> byId = new LinkedHashMap<>();
        cases.findAllById(same.stream().map(Subject::getCaseId).distinct().toList()).forEach(c -> byId.put(c.getId(), c));
        List<Subject> rows = new ArrayList<>();
        List<String> otherRegions = new ArrayList<>();
        for (Subject row : same) {
            CaseFile caseFile = byId.get(row.getCaseId());
            if (caseFile == null) {
                continue;
            }
            if (regions.contains(caseFile.getRegionId())) {
                rows.add(row);
            } else if (!otherRegions.contains(caseFile.getRegionId())) {
                otherRegions.add(caseFile.getRegionId());
            }
        }
        List<CaseFile> inRegions = rows.stream().map(Subject::getCaseId).distinct().map(byId::get)
                .sorted(java.util.Comparator.comparing(CaseFile::getId)).toList();
        return new PersonInCases(anchor, rows, inRegions, otherRegions.stream().sorted().toList());
    }
}
