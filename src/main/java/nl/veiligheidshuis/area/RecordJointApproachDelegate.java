package nl.veiligheidshuis.area;

import static nl.veiligheidshuis.area.AreaApproachProcess.*;

import java.time.LocalDate;
import java.util.Date;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Gezamenlijke aanpak vastleggen": the agreements and the follow-up date move into {@code vh_area_approach}. */
@Component(RECORD_JOINT_APPROACH_DELEGATE)
class RecordJointApproachDelegate implements JavaDelegate {

    private final AreaApproaches approaches;
    private final CurrentCaller currentCaller;

    RecordJointApproachDelegate(AreaApproaches approaches, CurrentCaller currentCaller) {
        this.approaches = approaches;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long approachId = ((Number) execution.getVariable(APPROACH_ID)).longValue();
        LocalDate followUp = UserInput.checked(() -> approaches.agreeJointApproach(approachId, AreaVariables.text(execution, JOINT_AGREEMENTS),
                AreaVariables.text(execution, FOLLOW_UP_ON), currentCaller.get()));
        execution.setVariable(FOLLOW_UP_DUE, Date.from(AreaApproaches.followUpMoment(followUp)));
        execution.removeVariable(JOINT_AGREEMENTS);
        execution.removeVariable(FOLLOW_UP_ON);
    }
}
