package nl.veiligheidshuis.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the engine's identity match the organisation model in the application's tables: one tenant per
 * region, one group per partner or governance group, and the authorizations each group needs to work
 * its inbox in Tasklist, and nothing more. Runs at every start and changes only what is missing.
 */
@Component
public class OrganisationSynchroniser {

    /** The process a chain partner may start from Tasklist (referral by start form). */
    static final String REFERRAL_PROCESS = "case-lifecycle";
    static final String STRUCTURAL_ESCALATION_PROCESS = "escalation";
    /** The processes whose instances always carry a region (tenant); core staff may watch them in Cockpit. */
    static final List<String> REGIONAL_PROCESSES = List.of("case-lifecycle", "case-intake", "case-screening", "case-conference",
            "action-plan", "plan-monitoring", "escalation", "subject-request", "conference-planning", "case-transfer", "regional-agenda",
            "area-approach");

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationSynchroniser.class);

    private final RegionRepository regions;
    private final PartnerGroupRepository partnerGroups;
    private final IdentityService identityService;
    private final EngineAuthorizations authorizations;

    OrganisationSynchroniser(RegionRepository regions, PartnerGroupRepository partnerGroups, IdentityService identityService,
            EngineAuthorizations authorizations) {
        this.regions = regions;
        this.partnerGroups = partnerGroups;
        this.identityService = identityService;
        this.authorizations = authorizations;
    }

    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void synchronise() {
        List<Region> allRegions = regions.findAll();
        for (Region region : allRegions) {
            if (identityService.createTenantQuery().tenantId(region.getId()).count() == 0) {
                Tenant tenant = identityService.newTenant(region.getId());
                tenant.setName("Veiligheidshuis " + region.getName());
                identityService.saveTenant(tenant);
            }
        }
        for (PartnerGroup partnerGroup : partnerGroups.findAll()) {
            if (identityService.createGroupQuery().groupId(partnerGroup.getId()).count() == 0) {
                Group group = identityService.newGroup(partnerGroup.getId());
                group.setName(partnerGroup.getName());
                group.setType(partnerGroup.getRing().name());
                identityService.saveGroup(group);
            }
            grantWorkingRights(partnerGroup);
        }
        LOG.info("Organisation synchronised: {} regions, {} groups", allRegions.size(), partnerGroups.count());
    }

    /**
     * Every group works its inbox in Tasklist. Tasks themselves are not granted here: the engine grants a
     * task to its candidate group when it is created, and the tenant check keeps it inside the region.
     * Chain partners and process direction may refer a case through the start form.
     */
    private void grantWorkingRights(PartnerGroup group) {
        authorizations.grantGroup(group.getId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        authorizations.grantGroup(group.getId(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        if (group.isChainPartner() || Groups.PROCESS_DIRECTION.equals(group.getId())) {
            authorizations.grantGroup(group.getId(), Resources.PROCESS_DEFINITION, REFERRAL_PROCESS, Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            authorizations.grantGroup(group.getId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        authorizations.grantGroup(group.getId(), Resources.DECISION_DEFINITION, "*", Permissions.READ);
        if (Groups.VH_MANAGER.equals(group.getId())) {
            // the VH manager starts structural escalations (a partner short of capacity, a regional bottleneck)
            authorizations.grantGroup(group.getId(), Resources.PROCESS_DEFINITION, STRUCTURAL_ESCALATION_PROCESS, Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            authorizations.grantGroup(group.getId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            // the VH manager drafts the region's strategic agenda (process regional-agenda, start form agenda-start)
            authorizations.grantGroup(group.getId(), Resources.PROCESS_DEFINITION, "regional-agenda", Permissions.READ,
                    Permissions.CREATE_INSTANCE);
        }
        if (group.getRing() == Ring.CORE_STAFF) {
            // process direction and the VH manager watch their region's cases in Cockpit; the tenant check keeps
            // other regions out, and the engine holds no personal data (ADR 0002). Named processes only, never "*":
            // the national review has no tenant, so a wildcard would show every region's national escalations.
            authorizations.grantGroup(group.getId(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            for (String process : REGIONAL_PROCESSES) {
                authorizations.grantGroup(group.getId(), Resources.PROCESS_DEFINITION, process, Permissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            }
            authorizations.grantGroup(group.getId(), Resources.DECISION_DEFINITION, "*", Permissions.READ,
                    Permissions.READ_HISTORY);
        }
    }
}
