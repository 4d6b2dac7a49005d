package nl.veiligheidshuis.organisation;

import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.NotPermittedException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An administrator ({@link Administrators#GROUP}) unlocks a user the engine locked after too many wrong passwords.
 * The engine lets only {@code camunda-admin} do that, and that group passes every check on case content; so the unlock
 * runs as the administrator with the engine's check for this one command switched off, and the engine's user operation
 * log records it (category Admin, operation {@code Unlock}, by the administrator) like any other change of a user.
 */
@Service
public class UserUnlocks {

    /** A user the engine does not know. */
    public static class UnknownUserException extends RuntimeException {
        UnknownUserException(String userId) {
            super("Onbekende gebruiker '" + userId + "'");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(UserUnlocks.class);

    private final ProcessEngine processEngine;
    private final IdentityService identityService;

    UserUnlocks(ProcessEngine processEngine, IdentityService identityService) {
        this.processEngine = processEngine;
        this.identityService = identityService;
    }

    public void unlock(String userId, Caller administrator) {
        if (!administrator.isMemberOf(Administrators.GROUP)) {
            throw new NotPermittedException("Alleen beheer kan een gebruiker ontgrendelen");
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        Authentication before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(administrator.userId(), List.of(Administrators.GROUP));
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                if (context.getReadOnlyIdentityProvider().findUserById(userId) == null) {
                    throw new UnknownUserException(userId);
                }
                return new UnlockUserCmd(userId).execute(context);
            });
        } finally {
            identityService.setAuthentication(before);
        }
        LOG.info("User {} unlocked by administrator {}", userId, administrator.userId());
    }
}
