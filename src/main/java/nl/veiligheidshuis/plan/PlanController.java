package nl.veiligheidshuis.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/cases/{caseNumber}/plan}: the case's integral plan of approach, as a caller who may see the case reads it. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Plan van aanpak", description = "The integral plan of approach of a case, per version")
class PlanController {

    private final PlanReader reader;
    private final CurrentCaller currentCaller;

    PlanController(PlanReader reader, CurrentCaller currentCaller) {
        this.reader = reader;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/{caseNumber}/plan", produces = "application/json")
    @Operation(summary = "Read the plan of a case", description = "The latest version, or ?version=n; 404 when the case does not "
            + "exist, the caller is not involved in it, or it has no plan (version)")
    PlanView read(@PathVariable String caseNumber, @RequestParam(name = "version", required = false) String version) {
        return reader.read(caseNumber, version(version), currentCaller.get(), AccessLog.Channel.API);
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ProblemDetail notFound(PlanNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    private static Integer version(String version) {
        if (version == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(version.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInputException(List.of(new FieldError("version", "Geef een versienummer: 1, 2, 3, ...")));
    }
}
