package nl.veiligheidshuis.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Escalation (§5.6) by API: in a case, structural by the VH manager, and the escalation record for governance. */
@RestController
@Tag(name = "Opschalen", description = "Escalation from operational to tactical, strategic and national level")
class EscalationController {

    private final EscalationStarter starter;
    private final EscalationRecords records;
    private final CurrentCaller currentCaller;

    EscalationController(EscalationStarter starter, EscalationRecords records, CurrentCaller currentCaller) {
        this.starter = starter;
        this.records = records;
        this.currentCaller = currentCaller;
    }

    @PostMapping(path = "/api/cases/{caseNumber}/escalations", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Escalate in a case", description = "By a professional who may see the case: 201; 404 when the caller may not "
            + "see the case; 400 with one message per wrong field; 403 for a closed case. The texts are stored in the escalation "
            + "record, never in the engine.")
    ResponseEntity<Map<String, Object>> escalateCase(@PathVariable String caseNumber, @RequestBody CaseEscalationRequest request) {
        return created(starter.escalateCase(caseNumber, request, currentCaller.get()));
    }

    @PostMapping(path = "/api/escalations", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Escalate a structural bottleneck", description = "By the VH manager of the region, without a case: level "
            + "TACTICAL goes to the regional steering group, STRATEGIC to the national meeting; reason CAPACITY or STRUCTURAL_BOTTLENECK. "
            + "201; 400 with one message per wrong field; 403 for anyone but the region's VH manager.")
    ResponseEntity<Map<String, Object>> escalateStructural(@RequestBody StructuralEscalationRequest request) {
        return created(starter.escalateStructural(request, currentCaller.get()));
    }

    @GetMapping(path = "/api/escalations", produces = "application/json")
    @Operation(summary = "List escalations", description = "For the tactical meeting, the steering group and the VH manager: their own "
            + "regions (403 for another region); for the national meeting: the escalations that reached it, without personal data. "
            + "level is where the escalation is now (OPERATIONAL, TACTICAL, STRATEGIC, NATIONAL); status OPEN, RESOLVED, TAKEN_BACK, "
            + "UNANSWERED or CASE_CLOSED (its case closed while it ran; closeReason says how).")
    List<EscalationRecords.EscalationView> list(@RequestParam(required = false) String region, @RequestParam(required = false) String level,
            @RequestParam(required = false) String status) {
        return records.list(region, level, status, currentCaller.get());
    }

    @GetMapping(path = "/api/escalations/{id}", produces = "application/json")
    @Operation(summary = "Read an escalation record", description = "With the texts for the region's VH manager and process direction, "
            + "the governance groups it reached and the partners that may see the case; a summary without personal data for the "
            + "national meeting; 404 otherwise. Every read is logged.")
    EscalationRecords.EscalationView read(@PathVariable Long id) {
        return records.read(id, currentCaller.get());
    }

    @ExceptionHandler(EscalationNotFoundException.class)
    ProblemDetail notFound(EscalationNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    private static ResponseEntity<Map<String, Object>> created(EscalationStarter.Started started) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("escalationId", started.escalationId());
        body.put("reference", started.reference());
        body.put("businessKey", started.businessKey());
        body.put("processInstanceId", started.processInstanceId());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }
}
