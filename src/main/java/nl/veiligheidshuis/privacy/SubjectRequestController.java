package nl.veiligheidshuis.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/subject-requests}: process direction registers a data subject's request (the API twin of the start form). */
@RestController
@RequestMapping("/api/subject-requests")
@Tag(name = "Verzoeken van betrokkenen", description = "Access, correction and erasure requests at one contact point")
class SubjectRequestController {

    private final SubjectRequestIntake intake;
    private final CurrentCaller currentCaller;

    SubjectRequestController(SubjectRequestIntake intake, CurrentCaller currentCaller) {
        this.intake = intake;
        this.currentCaller = currentCaller;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Register a data subject's request", description = "Body: region, kind (ACCESS, CORRECTION, ERASURE), the person "
            + "(subjectId, or givenName, familyName and dateOfBirth), receivedOn (yyyy-mm-dd) and channel (LETTER, EMAIL, DESK, PHONE, "
            + "PARTNER). 201 with the request number and deadline; 400 with one message per wrong field; 403 for anyone but process "
            + "direction of the region.")
    ResponseEntity<SubjectRequestIntake.Started> submit(@RequestBody(required = false) SubjectRequests.RequestInput request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "Het verzoek ontbreekt")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.submit(request, currentCaller.get()));
    }
}
