package nl.veiligheidshuis.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/funding}: the yearly national contribution, split over the regions and their locations (framework §5.8). */
@RestController
@RequestMapping("/api/funding")
@Tag(name = "Rijksbijdrage", description = "The yearly national contribution split over the regions and over a region's locations")
class FundingController {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2100;

    /** {@code {"year": 2027, "totalCents": 770000000, "weights": {"utrecht": 2}}}; no weights = equal split. */
    record StartRequest(Integer year, Long totalCents, Map<String, Integer> weights) {
    }

    private final FundingRounds rounds;
    private final FundingAllocationStarter starter;
    private final CurrentCaller currentCaller;

    FundingController(FundingRounds rounds, FundingAllocationStarter starter, CurrentCaller currentCaller) {
        this.rounds = rounds;
        this.starter = starter;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/{year}", produces = "application/json")
    @Operation(summary = "Read a year's split", description = "The national meeting sees every region; a region's steering group or VH "
            + "manager only its own region; anyone else 403. 404 when the year has no round.")
    FundingRounds.RoundView read(@PathVariable int year) {
        return rounds.read(year, currentCaller.get());
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Start a year's split", description = "Body: {\"year\": 2027, \"totalCents\": 770000000, \"weights\": "
            + "{\"utrecht\": 2}} (weights optional: 1 for every region not named). Only the national meeting; 201 with the process "
            + "instance; 409 when the year exists; 400 with one message per wrong field.")
    ResponseEntity<FundingAllocationStarter.Started> start(@RequestBody(required = false) StartRequest request) {
        Caller caller = currentCaller.get();
        if (!caller.isMemberOf(Groups.NATIONAL_MEETING)) {
            throw new NotPermittedException("Alleen het landelijk overleg stelt de verdeling van de Rijksbijdrage vast");
        }
        validate(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(starter.start(request.year(), request.totalCents(),
                request.weights() == null ? Map.of() : new LinkedHashMap<>(request.weights()), caller.userId()));
    }

    private void validate(StartRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "Geef jaar en totaalbedrag, bijvoorbeeld "
                    + "{\"year\": 2027, \"totalCents\": 770000000}")));
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.year() == null || request.year() < FIRST_YEAR || request.year() > LAST_YEAR) {
            errors.add(new FieldError("year", "Geef een jaar van " + FIRST_YEAR + " tot en met " + LAST_YEAR));
        }
        if (request.totalCents() == null || request.totalCents() <= 0 || request.totalCents() > FundingSplit.MAX_TOTAL_CENTS) {
            errors.add(new FieldError("totalCents", "Geef het totaalbedrag in eurocent: meer dan 0 en ten hoogste "
                    + FundingSplit.MAX_TOTAL_CENTS));
        }
        if (request.weights() != null) {
            List<String> known = rounds.regionIds();
            request.weights().forEach((region, weight) -> {
                if (!known.contains(region)) {
                    errors.add(new FieldError("weights." + region, "Onbekende regio"));
                } else if (weight == null || weight < FundingSplit.MIN_WEIGHT || weight > FundingSplit.MAX_WEIGHT) {
                    errors.add(new FieldError("weights." + region, "Een heel getal van " + FundingSplit.MIN_WEIGHT + " tot en met "
                            + FundingSplit.MAX_WEIGHT));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @ExceptionHandler(FundingYearExistsException.class)
    ProblemDetail yearExists(FundingYearExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Al gestart");
        return problem;
    }

    @ExceptionHandler(FundingNotFoundException.class)
    ProblemDetail notFound(FundingNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }
}
