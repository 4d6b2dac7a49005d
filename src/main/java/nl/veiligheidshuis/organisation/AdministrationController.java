package nl.veiligheidshuis.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/users/{userId}/unlock}: administration (group {@code beheer}) unlocks a locked user. */
@RestController
@Tag(name = "Beheer", description = "Engine management without case content")
class AdministrationController {

    private final UserUnlocks unlocks;
    private final CurrentCaller currentCaller;

    AdministrationController(UserUnlocks unlocks, CurrentCaller currentCaller) {
        this.unlocks = unlocks;
        this.currentCaller = currentCaller;
    }

    @PostMapping("/api/admin/users/{userId}/unlock")
    @Operation(summary = "Unlock a user locked after too many wrong passwords", description = "For members of 'beheer' only (403 "
            + "otherwise); 404 for an unknown user; 204 when done (also when the user was not locked). The engine's user operation "
            + "log records it, category Admin.")
    ResponseEntity<Void> unlock(@PathVariable String userId) {
        unlocks.unlock(userId, currentCaller.get());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(UserUnlocks.UnknownUserException.class)
    ProblemDetail unknownUser(UserUnlocks.UnknownUserException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
