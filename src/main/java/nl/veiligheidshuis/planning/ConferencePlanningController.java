package nl.veiligheidshuis.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/regions/{region}/conference-planning}: the week's conference slots, for process direction of the region. */
@RestController
@RequestMapping("/api/regions/{region}/conference-planning")
@Tag(name = "Weekplanning casusoverleg", description = "The week's conference slots, cases clustered by the partners they need")
class ConferencePlanningController {

    /** {@code {"week": "2026-W49"}}. */
    record StartRequest(String week) {
    }

    private final ConferencePlans plans;
    private final ConferencePlanningStarter starter;
    private final CurrentCaller currentCaller;

    ConferencePlanningController(ConferencePlans plans, ConferencePlanningStarter starter, CurrentCaller currentCaller) {
        this.plans = plans;
        this.starter = starter;
        this.currentCaller = currentCaller;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Read the week's conference planning", description = "week: ISO week, for example 2026-W49. 403 for anyone but "
            + "process direction of the region; 400 for a missing or wrong week; 404 when that week has no planning yet.")
    ConferencePlans.PlanView read(@PathVariable String region, @RequestParam(required = false) String week) {
        Caller caller = permitted(region);
        return plans.read(region, PlanningWeek.parse(week), caller);
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Start the week's conference planning now", description = "Body: {\"week\": \"2026-W49\"}. 201 with the process "
            + "instance; 409 when that week's planning exists already; 400 for a missing or wrong week; 403 for anyone but process "
            + "direction of the region.")
    ResponseEntity<ConferencePlanningStarter.Started> start(@PathVariable String region, @RequestBody(required = false) StartRequest request) {
        permitted(region);
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "Geef de week, bijvoorbeeld {\"week\": \"2026-W49\"}")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(starter.start(region, PlanningWeek.parse(request.week())));
    }

    private Caller permitted(String region) {
        Caller caller = currentCaller.get();
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION) || !caller.belongsTo(region)) {
            throw new NotPermittedException("Alleen de procesregie van regio '" + region + "' plant de casusoverleggen van die regio");
        }
        return caller;
    }

    @ExceptionHandler(PlanningAlreadyStartedException.class)
    ProblemDetail alreadyStarted(PlanningAlreadyStartedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Al gestart");
        return problem;
    }

    @ExceptionHandler(PlanningNotFoundException.class)
    ProblemDetail notFound(PlanningNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }
}
