package nl.veiligheidshuis.area;

import java.time.Clock;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case closed or withdrawn, in the closing transaction: its running area approach ends with status
 * {@code CASE_CLOSED} and its process is cancelled, so process direction and the municipality lose its tasks and no
 * follow-up timer fires for a case that is no longer handled (need to know ends with the case).
 */
@Component
class AreaApproachClosure {

    private static final Logger LOG = LoggerFactory.getLogger(AreaApproachClosure.class);

    private final AreaApproachRepository approaches;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final Clock clock;

    AreaApproachClosure(AreaApproachRepository approaches, RuntimeService runtimeService, AsApplication asApplication, Clock clock) {
        this.approaches = approaches;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(CaseFiles.CaseClosed closed) {
        approaches.findByCaseIdOrderByIdDesc(closed.caseId()).stream().filter(approach -> approach.getStatus().isRunning())
                .forEach(approach -> approach.endForClosedCase(clock.instant()));
        asApplication.run(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AreaApproachProcess.KEY)
                .processInstanceBusinessKey(closed.caseNumber())
                .list()
                .forEach(instance -> {
                    runtimeService.deleteProcessInstance(instance.getId(), "Casus " + closed.caseNumber() + " afgesloten (" + closed.status() + ")");
                    LOG.info("Area approach of case {} ended: the case closed", closed.caseNumber());
                }));
    }
}
