package nl.veiligheidshuis.agenda;

import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;

import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Concept-agenda klaarzetten": the draft version to work on (a new one at the start and after a revision) and its
 * priorities as the drafting form's prefill. At the start (API or Tasklist start form) it checks the region and period,
 * refuses a second running agenda process for them, and sets the business key {@code <region>-<period>}.
 */
@Component(PREPARE_AGENDA_DRAFT_DELEGATE)
class PrepareAgendaDraftDelegate implements JavaDelegate {

    private final RegionalAgendas agendas;
    private final AgendaProcesses processes;
    private final RegionRepository regions;

    PrepareAgendaDraftDelegate(RegionalAgendas agendas, AgendaProcesses processes, RegionRepository regions) {
        this.agendas = agendas;
        this.processes = processes;
        this.regions = regions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String region = execution.getTenantId();
        if (region == null) {
            throw new BadUserRequestException(REGION + ": Kies de regio van de agenda");
        }
        AgendaPeriod period = UserInput.checked(() -> AgendaPeriod.parse((String) execution.getVariable(PERIOD)));
        Long agendaId = (Long) execution.getVariable(AGENDA_ID);
        if (agendaId == null) {
            String businessKey = businessKey(region, period);
            if (processes.runsElsewhere(businessKey, execution.getProcessInstanceId())) {
                throw new BadUserRequestException(new AgendaAlreadyRunningException(region, period).getMessage());
            }
            execution.setProcessBusinessKey(businessKey);
            execution.setVariable(PERIOD, period.toString());
        }
        execution.setVariable(REGION_NAME, regions.findById(region).map(Region::getName).orElse(region));
        RegionalAgendas.Draft draft = agendas.prepareDraft(region, period, agendaId, execution.getProcessInstanceId());
        execution.setVariable(AGENDA_ID, draft.agendaId());
        execution.setVariable(AGENDA_VERSION, draft.version());
        execution.setVariables(AgendaForm.variablesOf(draft.prefill()));
    }
}
