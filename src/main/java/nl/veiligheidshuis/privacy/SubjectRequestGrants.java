package nl.veiligheidshuis.privacy;

import nl.veiligheidshuis.organisation.EngineAuthorizations;
import nl.veiligheidshuis.organisation.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process direction registers data subjects' requests: it may start {@code subject-request} (Tasklist start form,
 * API). Nobody else may; the handling task reaches process direction of the region as candidate group. Idempotent,
 * at every start, after the organisation is synchronised.
 */
@Component
class SubjectRequestGrants {

    private final EngineAuthorizations authorizations;

    SubjectRequestGrants(EngineAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @Order(3)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void grant() {
        authorizations.grantGroup(Groups.PROCESS_DIRECTION, Resources.PROCESS_DEFINITION, SubjectRequestProcess.KEY, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        authorizations.grantGroup(Groups.PROCESS_DIRECTION, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
}
