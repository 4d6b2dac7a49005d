package nl.veiligheidshuis.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo logins of design.md, only in the demo profile: for Utrecht, Rotterdam-Rijnmond and Zuid-Limburg
 * one user per group named {@code <group>.<tenant>}, {@code landelijk} for the national meeting. Every demo
 * password is "demo"; the administrator {@code demo} comes from {@code camunda.bpm.admin-user}.
 */
@Component
@ConditionalOnProperty(name = "vh.demo.enabled", havingValue = "true")
class DemoUsers {

    static final List<String> DEMO_REGIONS = List.of("utrecht", "rotterdam-rijnmond", "zuid-limburg");
    static final String DEMO_PASSWORD = "demo";
    static final String NATIONAL_USER = "landelijk";

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final PartnerGroupRepository partnerGroups;
    private final RegionRepository regions;

    DemoUsers(IdentityService identityService, PartnerGroupRepository partnerGroups, RegionRepository regions) {
        this.identityService = identityService;
        this.partnerGroups = partnerGroups;
        this.regions = regions;
    }

    @Order(2)
    @EventListener(ApplicationReadyEvent.class)
    public void createDemoUsers() {
        LOG.warn("Demo profile: creating demo users with the password 'demo'. Never use this profile in production.");
        for (String regionId : DEMO_REGIONS) {
            Region region = regions.findById(regionId).orElseThrow();
            for (PartnerGroup group : partnerGroups.findAll()) {
                if (group.hasTenant()) {
                    String userId = group.getId() + "." + regionId;
                    createUser(userId, group.getName(), region.getName(), group.getId());
                    addToTenant(userId, regionId);
                }
            }
        }
        createUser(NATIONAL_USER, "Landelijk", "overleg", Groups.NATIONAL_MEETING);
    }

    private void createUser(String userId, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(userId + "@demo.veiligheidshuis.invalid");
            user.setPassword(DEMO_PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private void addToTenant(String userId, String tenantId) {
        if (identityService.createTenantQuery().userMember(userId).tenantId(tenantId).count() == 0) {
            identityService.createTenantUserMembership(tenantId, userId);
        }
    }
}
