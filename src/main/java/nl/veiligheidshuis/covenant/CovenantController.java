package nl.veiligheidshuis.covenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/regions/{region}/covenant}: the region's covenant register, for the users of that region. */
@RestController
@Tag(name = "Convenant", description = "Which partners take part in a region's covenant, with dates")
class CovenantController {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** One partner's period in the register; participating: on the day asked for. */
    record Period(String partner, String name, LocalDate joinedOn, LocalDate leftOn, boolean participating) {
    }

    record Register(String region, String regionName, LocalDate on, List<Period> partners) {
    }

    static class UnknownRegionException extends RuntimeException {
        UnknownRegionException(String region) {
            super("Onbekende regio '" + region + "'");
        }
    }

    private final Covenants covenants;
    private final RegionRepository regions;
    private final PartnerGroupRepository partnerGroups;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    CovenantController(Covenants covenants, RegionRepository regions, PartnerGroupRepository partnerGroups, CurrentCaller currentCaller,
            Clock clock) {
        this.covenants = covenants;
        this.regions = regions;
        this.partnerGroups = partnerGroups;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    @GetMapping(path = "/api/regions/{region}/covenant", produces = "application/json")
    @Operation(summary = "The region's covenant register", description = "Every partner period, and whether it takes part on the day "
            + "asked for (?on=yyyy-mm-dd, default today). 403 for a user of another region, 404 for an unknown region.")
    Register covenant(@PathVariable String region, @RequestParam(name = "on", required = false) String on) {
        Caller caller = currentCaller.get();
        Region known = regions.findById(region).orElseThrow(() -> new UnknownRegionException(region));
        if (!caller.belongsTo(region)) {
            throw new NotPermittedException("U werkt niet in regio '" + region + "'");
        }
        LocalDate day = day(on);
        Map<String, String> names = partnerGroups.findAll().stream().collect(Collectors.toMap(PartnerGroup::getId, PartnerGroup::getName));
        List<Period> periods = covenants.register(region).stream()
                .map(p -> new Period(p.getPartnerGroup(), names.get(p.getPartnerGroup()), p.getJoinedOn(), p.getLeftOn(), p.covers(day)))
                .toList();
        return new Register(known.getId(), known.getName(), day, periods);
    }

    @ExceptionHandler(UnknownRegionException.class)
    ProblemDetail unknownRegion(UnknownRegionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    private LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.now(clock.withZone(NETHERLANDS));
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldError("on", "Geef een datum als jjjj-mm-dd")));
        }
    }
}
