package nl.veiligheidshuis.system;

import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.NotPermittedException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The professional behind the current request or engine command, as the engine authenticated them. */
@Component
public class CurrentCaller {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    CurrentCaller(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The acting user inside an engine command, or "system" when a job or timer acts. */
    public String userIdOrSystem() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    public Caller get() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new NotPermittedException("Niet aangemeld");
        }
        return new Caller(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds());
    }
}
