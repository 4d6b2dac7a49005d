package nl.veiligheidshuis.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/subjects/{subjectId}}: the access report and the export of one person, for process direction. */
@RestController
@RequestMapping("/api/subjects")
@Tag(name = "Betrokkenen", description = "Rights of a data subject: who saw or changed their data, export of everything held on them")
class SubjectRightsController {

    private final SubjectRights rights;
    private final CurrentCaller currentCaller;

    SubjectRightsController(SubjectRights rights, CurrentCaller currentCaller) {
        this.rights = rights;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/{subjectId}/access-report", produces = "application/json")
    @Operation(summary = "Who saw or changed the person's data", description = "Every access log entry on the person's cases and rows "
            + "in the caller's region(s). Process direction of the person's region only (403 otherwise); 404 for an unknown id.")
    SubjectRights.AccessReport accessReport(@PathVariable Long subjectId) {
        return rights.accessReport(subjectId, currentCaller.get(), AccessLog.Channel.API);
    }

    @GetMapping(path = "/{subjectId}/export", produces = "application/json")
    @Operation(summary = "Everything held on the person", description = "The person's rows (matched across cases by BSN, or by name "
            + "and date of birth), cases, referrals, contributions, involvement and every feature's section. Process direction of the "
            + "person's region only (403 otherwise); 404 for an unknown id.")
    ResponseEntity<SubjectRights.Export> export(@PathVariable Long subjectId) {
        SubjectRights.Export export = rights.export(subjectId, currentCaller.get(), AccessLog.Channel.API);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export-betrokkene-" + subjectId + ".json\"")
                .body(export);
    }

    @ExceptionHandler(SubjectNotFoundException.class)
    ProblemDetail notFound(SubjectNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }
}
