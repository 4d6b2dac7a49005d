package nl.veiligheidshuis.agenda;

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

/** {@code /api/regions/{region}/agenda}: the steering group's strategic agenda of the region. */
@RestController
@RequestMapping("/api/regions/{region}/agenda")
@Tag(name = "Strategische agenda", description = "The region's strategic agenda and priorities, set by the steering group")
class RegionalAgendaController {

    /** {@code {"period": "2027"}}. */
    record StartRequest(String period) {
    }

    private final RegionalAgendas agendas;
    private final RegionalAgendaStarter starter;
    private final CurrentCaller currentCaller;

    RegionalAgendaController(RegionalAgendas agendas, RegionalAgendaStarter starter, CurrentCaller currentCaller) {
        this.agendas = agendas;
        this.starter = starter;
        this.currentCaller = currentCaller;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Read the region's adopted strategic agenda", description = "period (optional): 2027 or 2027-2030; without it the "
            + "most recently adopted agenda. Every user of the region may read it (it holds no personal data); 403 for other regions; "
            + "400 for a wrong period; 404 when there is no adopted agenda.")
    RegionalAgendas.AgendaView read(@PathVariable String region, @RequestParam(required = false) String period) {
        Caller caller = currentCaller.get();
        if (!caller.belongsTo(region)) {
            throw new NotPermittedException("Alleen gebruikers van regio '" + region + "' lezen de strategische agenda van die regio");
        }
        return agendas.readAdopted(region, period == null ? null : AgendaPeriod.parse(period), caller);
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Start drafting the region's strategic agenda for a period", description = "Body: {\"period\": \"2027\"}. 201 "
            + "with the process instance; 409 when an agenda process for that period runs; 400 for a missing or wrong period; 403 for "
            + "anyone but the VH manager of the region.")
    ResponseEntity<RegionalAgendaStarter.Started> start(@PathVariable String region, @RequestBody(required = false) StartRequest request) {
        Caller caller = currentCaller.get();
        if (!caller.isMemberOf(Groups.VH_MANAGER) || !caller.belongsTo(region)) {
            throw new NotPermittedException("Alleen de manager van het Veiligheidshuis van regio '" + region + "' start de strategische agenda");
        }
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "Geef de periode, bijvoorbeeld {\"period\": \"2027\"}")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(starter.start(region, AgendaPeriod.parse(request.period())));
    }

    @ExceptionHandler(AgendaAlreadyRunningException.class)
    ProblemDetail alreadyRunning(AgendaAlreadyRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Al in behandeling");
        return problem;
    }

    @ExceptionHandler(AgendaNotFoundException.class)
    ProblemDetail notFound(AgendaNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }
}
