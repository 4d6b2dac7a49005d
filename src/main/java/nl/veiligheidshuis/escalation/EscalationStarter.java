package nl.veiligheidshuis.escalation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the engine for escalations. Each entry point first lets {@link Escalations} check and store the
 * escalation, then starts process {@code escalation} as the application (the permission checks are the
 * application's own), all in one transaction: a failure anywhere stores nothing.
 */
@Component
public class EscalationStarter {

    /** A started escalation: its id, reference ({@code ESC-<region>-<id>}), business key and process instance. */
    public record Started(Long escalationId, String reference, String businessKey, String processInstanceId) {
    }

    private final Escalations escalations;
    private final CaseFileRepository cases;
    private final RuntimeService runtimeService;
    private final NationalReviews nationalReviews;
    private final AsApplication asApplication;

    EscalationStarter(Escalations escalations, CaseFileRepository cases, RuntimeService runtimeService, NationalReviews nationalReviews,
            AsApplication asApplication) {
        this.escalations = escalations;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.nationalReviews = nationalReviews;
        this.asApplication = asApplication;
    }

    /**
     * An involved professional escalates in a case; the case director, when the case's lifecycle carries one
     * ({@code caseDirectorPartner}, {@code caseDirectorUser}), receives the decision.
     */
    @Transactional
    public Started escalateCase(String caseNumber, CaseEscalationRequest request, Caller caller) {
        Escalation escalation = escalations.raiseForCase(caseNumber, request, caller, AccessLog.Channel.API);
        return start(escalation, caseDirectorOf(escalation.getCaseId()));
    }

    /** As {@link #escalateCase(String, CaseEscalationRequest, Caller)}, with the case director given explicitly. */
    @Transactional
    public Started escalateCase(String caseNumber, CaseEscalationRequest request, Caller caller, CaseDirector caseDirector) {
        Escalation escalation = escalations.raiseForCase(caseNumber, request, caller, AccessLog.Channel.API);
        return start(escalation, caseDirector);
    }

    /**
     * An agreement of the case became overdue or was not kept: starts an escalation at operational level with reason
     * AGREEMENT_NOT_HONOURED, exactly once while it is open; a repeated call returns the open escalation's id.
     * {@code reason} explains what happened (stored as text, never a variable). Joins the caller's transaction.
     *
     * @return the id of the (new or already open) escalation of this agreement
     */
    @Transactional
    public Long escalateAgreement(Long caseId, String agreementRef, String reason) {
        Escalations.AgreementEscalation raised = escalations.raiseForAgreement(caseId, agreementRef, reason);
        if (raised.created()) {
            start(raised.escalation(), caseDirectorOf(caseId));
        }
        return raised.escalation().getId();
    }

    /** The VH manager escalates a structural bottleneck of its region without a case. */
    @Transactional
    public Started escalateStructural(StructuralEscalationRequest request, Caller caller) {
        return start(escalations.raiseStructural(request, caller), CaseDirector.UNKNOWN);
    }

    /**
     * A case closed, in the closing transaction: its open escalations end with status CASE_CLOSED and the reason
     * ({@link Escalations#endForClosedCase}); every escalation process of the case that still runs (an open one, or
     * a resolved one still giving feedback) ends through its event sub-process, so the governance groups, the VH
     * manager, the case director and the partners lose its tasks; a national review of an ended escalation is
     * withdrawn. Structural escalations have no case and run on.
     */
    @EventListener
    @Transactional
    public void on(CaseFiles.CaseClosed closed) {
        List<Escalation> ended = escalations.endForClosedCase(closed.caseId(), Escalations.closureReason(closed.status()));
        asApplication.run(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY)
                .processInstanceBusinessKey(closed.caseNumber())
                .list()
                .forEach(instance -> runtimeService.createMessageCorrelation(EscalationProcess.MESSAGE_CASE_CLOSED)
                        .processInstanceId(instance.getId())
                        .correlateAll()));
        ended.forEach(escalation -> nationalReviews.withdraw(escalation.reference()));
    }

    private Started start(Escalation escalation, CaseDirector caseDirector) {
        Map<String, Object> variables = EscalationVariables.atStart(escalation, caseDirector, escalations.regionName(escalation.getRegionId()));
        String processInstanceId = asApplication.call(() -> runtimeService.createProcessInstanceByKey(EscalationProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(escalation.businessKey())
                .setVariables(variables)
                .execute()
                .getId());
        return new Started(escalation.getId(), escalation.reference(), escalation.businessKey(), processInstanceId);
    }

    /** The case director as the case's lifecycle instance carries it (set by the case conference), when it does. */
    private CaseDirector caseDirectorOf(Long caseId) {
        String lifecycle = cases.findById(caseId).map(CaseFile::getProcessInstanceId).orElse(null);
        if (lifecycle == null) {
            return CaseDirector.UNKNOWN;
        }
        List<VariableInstance> found = asApplication.call(() -> runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(lifecycle)
                .variableNameIn(EscalationProcess.CASE_DIRECTOR_PARTNER, EscalationProcess.CASE_DIRECTOR_USER)
                .list());
        Map<String, String> byName = found.stream().filter(v -> v.getValue() instanceof String)
                .collect(Collectors.toMap(VariableInstance::getName, v -> (String) v.getValue(), (first, second) -> first));
        return new CaseDirector(byName.get(EscalationProcess.CASE_DIRECTOR_PARTNER), byName.get(EscalationProcess.CASE_DIRECTOR_USER));
    }
}
