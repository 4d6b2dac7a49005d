package nl.veiligheidshuis.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than as the current user, for what the application has decided
 * itself after its own checks (a withdrawal the caller may make, the grants that follow involvement). The
 * caller's authentication is restored afterwards.
 */
@Component
public class AsApplication {

    private final IdentityService identityService;

    AsApplication(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> action) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
