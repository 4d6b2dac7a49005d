package nl.veiligheidshuis.intake;

import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/referrals}: partner systems refer a case (design.md, referral API). */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Aanmelden", description = "Referral of a case by a partner system")
class ReferralController {

    static final int MAX_KEY_LENGTH = 200;

    private final ReferralIntake intake;
    private final CurrentCaller currentCaller;

    ReferralController(ReferralIntake intake, CurrentCaller currentCaller) {
        this.intake = intake;
        this.currentCaller = currentCaller;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Refer a case", description = "201 with a new case; 200 when joined to the region's active case of the same "
            + "person or family; 400 with one message per wrong field; 403 for a region or partner the caller does not belong to.")
    ResponseEntity<Map<String, Object>> refer(@RequestBody ReferralRequest referral,
            @Parameter(description = "Makes a retried referral return the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Caller caller = currentCaller.get();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidInputException(java.util.List.of(new FieldError("Idempotency-Key",
                    "De sleutel is 1 tot " + MAX_KEY_LENGTH + " tekens")));
        }
        ReferralAnswer answer = intake.earlierAnswer(caller, idempotencyKey).orElse(null);
        if (answer == null) {
            try {
                answer = intake.refer(referral, caller, idempotencyKey);
            } catch (DataIntegrityViolationException concurrentRetry) {
                // the same key was stored by a concurrent request in the meantime: its answer counts, ours was rolled back
                answer = intake.earlierAnswer(caller, idempotencyKey).orElseThrow(() -> concurrentRetry);
            }
        }
        return ResponseEntity.status(answer.status()).body(body(answer));
    }

    private static Map<String, Object> body(ReferralAnswer answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", answer.caseNumber());
        if (answer.linked()) {
            body.put("linked", true);
        } else {
            body.put("processInstanceId", answer.processInstanceId());
        }
        if (answer.knownInOtherRegion() != null) {
            body.put("knownInOtherRegion", answer.knownInOtherRegion());
        }
        return body;
    }
}
