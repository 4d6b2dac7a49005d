package nl.veiligheidshuis.conference;

import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The professionals as the engine's identity service knows them: users, their groups and their regions (tenants). */
@Component
class EngineProfessionalDirectory implements ProfessionalDirectory {

    private final IdentityService identityService;
    private final AsApplication asApplication;

    EngineProfessionalDirectory(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    @Override
    public boolean exists(String userId) {
        return asApplication.call(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    @Override
    public boolean isMemberOf(String userId, String groupId) {
        return asApplication.call(() -> identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0);
    }

    @Override
    public boolean worksInRegion(String userId, String regionId) {
        return asApplication.call(() -> identityService.createTenantQuery().userMember(userId).tenantId(regionId).count() > 0);
    }
}
