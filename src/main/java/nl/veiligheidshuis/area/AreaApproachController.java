package nl.veiligheidshuis.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The approach of an area- or theme-bound problem (§3.1): {@code POST} and {@code GET /api/cases/{caseNumber}/area-approach}. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Gebiedsaanpak", description = "Analysis, advice to the local administration or joint approach of an AREA case")
class AreaApproachController {

    private final AreaApproaches approaches;
    private final CurrentCaller currentCaller;

    AreaApproachController(AreaApproaches approaches, CurrentCaller currentCaller) {
        this.approaches = approaches;
        this.currentCaller = currentCaller;
    }

    @PostMapping(path = "/{caseNumber}/area-approach", produces = "application/json")
    @Operation(summary = "Start the area approach of an accepted AREA case", description = "Process direction of the case's region only "
            + "(403 otherwise); 404 unknown case or a case of another region; 400 not an AREA case; 409 case not accepted or an approach "
            + "is already running")
    ResponseEntity<AreaApproachView> start(@PathVariable String caseNumber) {
        AreaApproach approach = approaches.start(caseNumber, currentCaller.get(), AccessLog.Channel.API);
        return ResponseEntity.status(HttpStatus.CREATED).body(AreaApproachView.of(approach));
    }

    @GetMapping(path = "/{caseNumber}/area-approach", produces = "application/json")
    @Operation(summary = "Read the area approach of a case (the running one, else the latest)", description = "Process direction and the "
            + "involved partners of the case's region; 404 otherwise or when the case has none; the read is logged")
    AreaApproachView current(@PathVariable String caseNumber) {
        return AreaApproachView.of(approaches.current(caseNumber, currentCaller.get(), AccessLog.Channel.API));
    }
}
