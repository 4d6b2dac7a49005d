package nl.veiligheidshuis.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.veiligheidshuis.lifecycle.CaseProcesses;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/cases}: a case as the caller may see it, and its withdrawal by the referrer. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Casussen", description = "Cases as the caller may see them")
class CaseController {

    private final CaseFiles caseFiles;
    private final CaseProcesses processes;
    private final CurrentCaller currentCaller;

    CaseController(CaseFiles caseFiles, CaseProcesses processes, CurrentCaller currentCaller) {
        this.caseFiles = caseFiles;
        this.processes = processes;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/{caseNumber}", produces = "application/json")
    @Operation(summary = "Read a case", description = "404 when the case does not exist or the caller is not involved in it")
    CaseView read(@PathVariable String caseNumber) {
        return caseFiles.read(caseNumber, currentCaller.get(), AccessLog.Channel.API);
    }

    /** Body: {@code {"reason": "..."}}. */
    @PostMapping(path = "/{caseNumber}/withdrawal", consumes = "application/json")
    @Operation(summary = "Withdraw a case", description = "By the referring partner or process direction, while the case is active")
    ResponseEntity<Void> withdraw(@PathVariable String caseNumber, @RequestBody WithdrawalRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("reason", "Geef de reden van de intrekking")));
        }
        if (request.reason().trim().length() > MAX_WITHDRAWAL_REASON) {
            throw new InvalidInputException(List.of(new FieldError("reason", "De reden is te lang: maximaal " + MAX_WITHDRAWAL_REASON + " tekens")));
        }
        Caller caller = currentCaller.get();
        caseFiles.checkMayWithdraw(caseNumber, caller);
        processes.withdraw(caseNumber, request.reason().trim(), caller.userId());
        return ResponseEntity.accepted().build();
    }

    /** Fits the case's close reason ({@code vh_case.close_reason}, 300) behind "INGETROKKEN: ". */
    static final int MAX_WITHDRAWAL_REASON = 250;

    record WithdrawalRequest(String reason) {
    }
}
