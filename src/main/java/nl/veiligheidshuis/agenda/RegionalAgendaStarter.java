package nl.veiligheidshuis.agenda;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts {@code regional-agenda} for one region and period, unless one runs for them already
 * ({@link AgendaAlreadyRunningException}). The first draft version is opened in the start's transaction; its unique key
 * (region, period, version) makes a concurrent second start fail and store nothing. Callers check who may start it.
 */
@Service
class RegionalAgendaStarter {

    record Started(String region, String period, String businessKey, String processInstanceId) {
    }

    private final AgendaProcesses processes;

    RegionalAgendaStarter(AgendaProcesses processes) {
        this.processes = processes;
    }

    @Transactional
    public Started start(String region, AgendaPeriod period) {
        String businessKey = RegionalAgendaProcess.businessKey(region, period);
        if (processes.runsElsewhere(businessKey, null)) {
            throw new AgendaAlreadyRunningException(region, period);
        }
        try {
            return new Started(region, period.toString(), businessKey, processes.start(region, period));
        } catch (RuntimeException e) {
            if (causedByConstraint(e)) {
                throw new AgendaAlreadyRunningException(region, period);
            }
            throw e;
        }
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException || cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
