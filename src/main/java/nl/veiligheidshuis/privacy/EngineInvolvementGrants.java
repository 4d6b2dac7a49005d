package nl.veiligheidshuis.privacy;

import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.Involvements.InvolvementChanged;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Need to know, enforced by the engine: an involved partner may read its case's lifecycle instance (engine REST,
 * Tasklist's process views) while involved; the grant is removed when involvement ends. Runs in the transaction
 * of the change. Other regions stay out through the tenant check.
 */
@Component
class EngineInvolvementGrants {

    private final AuthorizationService authorizationService;
    private final CaseFileRepository cases;
    private final AsApplication asApplication;

    EngineInvolvementGrants(AuthorizationService authorizationService, CaseFileRepository cases, AsApplication asApplication) {
        this.authorizationService = authorizationService;
        this.cases = cases;
        this.asApplication = asApplication;
    }

    @EventListener
    void on(InvolvementChanged change) {
        asApplication.run(() -> apply(change));
    }

    private void apply(InvolvementChanged change) {
        CaseFile caseFile = cases.findById(change.caseId()).orElse(null);
        if (caseFile == null || caseFile.getProcessInstanceId() == null) {
            return;
        }
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(change.partnerGroup())
                .resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(caseFile.getProcessInstanceId())
                .singleResult();
        if (change.involved() && existing == null) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(change.partnerGroup());
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(caseFile.getProcessInstanceId());
            grant.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(grant);
        } else if (!change.involved() && existing != null) {
            authorizationService.deleteAuthorization(existing.getId());
        }
    }
}
