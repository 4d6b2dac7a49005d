package nl.veiligheidshuis.escalation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.veiligheidshuis.privacy.SubjectExportSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code escalations} in the export of an access request: the full escalation records of the person's cases. */
@Configuration
class EscalationExport {

    @Bean
    SubjectExportSection escalationExportSection(EscalationRepository escalations, EscalationLevelRepository levels) {
        return SubjectExportSection.of("escalations", 0, person -> {
            List<Escalation> found = escalations.findByCaseIdInOrderByEscalatedAtAscIdAsc(person.caseIds());
            Map<Long, List<EscalationLevel>> levelsById = found.isEmpty() ? Map.of()
                    : levels.findByEscalationIdInOrderByEscalationIdAscSeqAsc(found.stream().map(Escalation::getId).toList()).stream()
                            .collect(Collectors.groupingBy(EscalationLevel::getEscalationId));
            return found.stream()
                    .map(e -> EscalationRecords.view(e, levelsById.getOrDefault(e.getId(), List.of()), EscalationRecords.View.FULL))
                    .toList();
        });
    }
}
