package nl.veiligheidshuis.privacy;

import java.time.Instant;
import nl.veiligheidshuis.casefile.Caller;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/subject-requests}: registers the request and starts {@code subject-request} as the caller (the
 * engine checks the start right and the region's tenant), in one transaction, so a failure stores nothing.
 */
@Service
class SubjectRequestIntake {

    record Started(String requestNumber, String processInstanceId, Long subjectId, boolean personFound, int caseCount, Instant dueAt) {
    }

    private final SubjectRequests requests;
    private final RuntimeService runtimeService;

    SubjectRequestIntake(SubjectRequests requests, RuntimeService runtimeService) {
        this.requests = requests;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public Started submit(SubjectRequests.RequestInput input, Caller caller) {
        SubjectRequests.Registered registered = requests.register(input, caller, AccessLog.Channel.API);
        String processInstanceId = runtimeService.createProcessInstanceByKey(SubjectRequestProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(registered.requestNumber())
                .setVariables(SubjectRequestProcess.variablesOf(registered))
                .execute()
                .getId();
        return new Started(registered.requestNumber(), processInstanceId, registered.subjectId(), registered.subjectId() != null,
                registered.caseCount(), registered.dueAt());
    }
}
