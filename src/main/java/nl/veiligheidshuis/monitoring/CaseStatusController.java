package nl.veiligheidshuis.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}/status}: the case status projection for inboxes, forms and dashboards. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Casussen", description = "Cases as the caller may see them")
class CaseStatusController {

    private final CaseStatuses statuses;
    private final CurrentCaller currentCaller;

    CaseStatusController(CaseStatuses statuses, CurrentCaller currentCaller) {
        this.statuses = statuses;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/{caseNumber}/status", produces = "application/json")
    @Operation(summary = "Read a case's status", description = "Phase, plan version, open and overdue agreements, next evaluation; "
            + "404 when the case does not exist or the caller may not see it")
    CaseStatusView read(@PathVariable String caseNumber) {
        return statuses.read(caseNumber, currentCaller.get(), AccessLog.Channel.API);
    }
}
