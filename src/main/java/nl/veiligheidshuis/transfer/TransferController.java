package nl.veiligheidshuis.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Handover of a case to another region (§5.2): {@code POST} and {@code GET /api/cases/{caseNumber}/transfers}. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Overdrachten", description = "Handover of a case to another region")
class TransferController {

    private final Transfers transfers;
    private final CurrentCaller currentCaller;

    TransferController(Transfers transfers, CurrentCaller currentCaller) {
        this.transfers = transfers;
        this.currentCaller = currentCaller;
    }

    @PostMapping(path = "/{caseNumber}/transfers", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Ask another region to take a case over", description = "Process direction of the case's region only (403 "
            + "otherwise); 404 unknown case; 400 unknown or same region; 409 when a transfer of the case is still open")
    ResponseEntity<TransferView> request(@PathVariable String caseNumber, @RequestBody(required = false) TransferRequest body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldError("targetRegion", "Kies de regio die de casus overneemt")));
        }
        CaseTransfer transfer = transfers.request(caseNumber, body.targetRegion(), currentCaller.get(), AccessLog.Channel.API);
        return ResponseEntity.status(HttpStatus.CREATED).body(TransferView.of(transfer));
    }

    @GetMapping(path = "/{caseNumber}/transfers", produces = "application/json")
    @Operation(summary = "Read the transfers of a case", description = "Process direction of the case's region, or of a region it was "
            + "offered to (that region's transfers only); 403 otherwise; the read is logged")
    List<TransferView> list(@PathVariable String caseNumber) {
        return transfers.list(caseNumber, currentCaller.get(), AccessLog.Channel.API).stream().map(TransferView::of).toList();
    }
}
