package nl.veiligheidshuis.conference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/cases/{caseNumber}/conference}: where and when the conference is, who takes part, and its record. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Casusoverleg", description = "The case conference as an involved partner may see it")
class ConferenceController {

    private final ConferenceService conferences;
    private final CurrentCaller currentCaller;

    ConferenceController(ConferenceService conferences, CurrentCaller currentCaller) {
        this.conferences = conferences;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/{caseNumber}/conference", produces = "application/json")
    @Operation(summary = "Read the case's conference",
            description = "404 when the case does not exist, the caller is not involved in it, or it has no conference yet")
    ConferenceView read(@PathVariable String caseNumber) {
        return conferences.read(caseNumber, currentCaller.get());
    }
}
