package nl.veiligheidshuis.organisation;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants on the engine's authorizations: a grant that exists is widened, never duplicated. */
@Component
public class EngineAuthorizations {

    private final AuthorizationService authorizationService;

    EngineAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        Authorization grant = existing != null ? existing : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!grant.isPermissionGranted(permission)) {
                grant.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(grant);
        }
    }

    public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(userId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        Authorization grant = existing != null ? existing : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            grant.setUserId(userId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizationService.saveAuthorization(grant);
    }

    public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .count() > 0;
        if (exists) {
            return;
        }
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        grant.setUserId(Authorization.ANY);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizationService.saveAuthorization(grant);
    }
}
