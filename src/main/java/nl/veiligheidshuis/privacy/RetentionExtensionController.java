package nl.veiligheidshuis.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{caseNumber}/retention-extension}: keep a case longer than its region's term. */
@RestController
@Tag(name = "Bewaartermijn", description = "Explicit, logged extension of a case's retention")
class RetentionExtensionController {

    /** Body: the last day the case is kept (yyyy-mm-dd) and why. */
    record ExtensionRequest(String until, String reason) {
    }

    private final RetentionExtensions extensions;
    private final CurrentCaller currentCaller;

    RetentionExtensionController(RetentionExtensions extensions, CurrentCaller currentCaller) {
        this.extensions = extensions;
        this.currentCaller = currentCaller;
    }

    @PostMapping(path = "/api/cases/{caseNumber}/retention-extension", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Extend a case's retention", description = "Process direction of the case's region: 201 with the decision; "
            + "400 for a date in the past or before the regular destruction date, or without reason; 403 for others; 404 outside the "
            + "caller's region.")
    ResponseEntity<RetentionExtensions.Decision> extend(@PathVariable String caseNumber, @RequestBody(required = false) ExtensionRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "Geef de datum (until) en de reden (reason)")));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(extensions.extend(caseNumber, request.until(), request.reason(), currentCaller.get()));
    }
}
