package nl.veiligheidshuis.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator manages the engine but does not read case content. The engine treats every member of
 * {@code camunda-admin} as an engine administrator that passes every authorization and tenant check (it is always one
 * of the engine's admin groups), and the Spring Boot starter puts the configured administrator
 * ({@code camunda.bpm.admin-user}) in that group. At every start this class makes the engine match the model instead,
 * idempotently, on new and existing databases alike:
 * <ul>
 * <li>the group {@value #GROUP} ("Beheer") with explicit grants for engine management only: users, groups, tenants,
 * memberships, authorizations, filters; reading deployments; process and decision definitions and their job definitions
 * (retry and suspend), batches, system (metrics, properties, diagnostics); the administrative part of the user operation
 * log.
 * No task, process instance, variable or history read, and no tenant membership;</li>
 * <li>the administrator is a member of {@value #GROUP} and not of {@code camunda-admin} (an administrator of the old
 * model is moved);</li>
 * <li>{@code camunda-admin} keeps one member, {@value #SETUP_MARKER_USER}, an account without a known password. The
 * webapps offer their first-user setup, and send every page there, as long as that group has no member; the setup
 * endpoint is also refused by {@code system.WebappSetupLock}.</li>
 * </ul>
 * Reading a case is an explicit, logged change of authorizations or memberships ("break glass", docs/privacy.md).
 */
@Component
public class Administrators {

    /** The group of administrators: engine management without case content (an extension of design.md's group ids). */
    public static final String GROUP = "beheer";
    /** The member of {@code camunda-admin} that tells the webapps their first-user setup is done; nobody logs in with it. */
    public static final String SETUP_MARKER_USER = "webapps-setup-closed";

    private static final String SYSTEM_GROUP_TYPE = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;

    private static final Logger LOG = LoggerFactory.getLogger(Administrators.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final EngineAuthorizations authorizations;
    private final String administratorId;

    Administrators(IdentityService identityService, EngineAuthorizations authorizations,
            @Value("${camunda.bpm.admin-user.id:}") String administratorId) {
        this.identityService = identityService;
        this.authorizations = authorizations;
        this.administratorId = administratorId == null || administratorId.isBlank() ? null : administratorId.trim();
    }

    /** The configured administrator's user id, or null when none is configured. */
    public String administratorId() {
        return administratorId;
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void synchronise() {
        ensureManagementGroup();
        grantManagementRights();
        // the marker first: camunda-admin never becomes empty, not even for a moment
        ensureSetupMarker();
        if (administratorId != null) {
            moveAdministrator(administratorId);
        }
        long otherEngineAdministrators = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() - 1;
        if (otherEngineAdministrators > 0) {
            LOG.warn("{} other user(s) are member of {} and pass every authorization and tenant check; see docs/privacy.md",
                    otherEngineAdministrators, Groups.CAMUNDA_ADMIN);
        }
    }

    private void ensureManagementGroup() {
        if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identityService.newGroup(GROUP);
            group.setName("Beheer (applicatiebeheer, geen inzage in casussen)");
            group.setType(SYSTEM_GROUP_TYPE);
            identityService.saveGroup(group);
        }
    }

    /**
     * Engine management, nothing that shows a case: no TASK, PROCESS_INSTANCE, HISTORIC_TASK or
     * HISTORIC_PROCESS_INSTANCE grant, and on definitions no READ_INSTANCE, READ_HISTORY, READ_TASK or variable read.
     * Failed jobs are retried per job definition (RETRY_JOB) without reading the failing instance.
     */
    private void grantManagementRights() {
        authorizations.grantGroup(GROUP, Resources.APPLICATION, "admin", Permissions.ACCESS);
        authorizations.grantGroup(GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        for (Resources identity : new Resources[] {Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP, Resources.TENANT,
                Resources.TENANT_MEMBERSHIP, Resources.AUTHORIZATION, Resources.FILTER}) {
            authorizations.grantGroup(GROUP, identity, "*", Permissions.ALL);
        }
        // reading deployments only: the application deploys its models at start; deploying at runtime would run new code
        // (delegates, expressions) next to the case data
        authorizations.grantGroup(GROUP, Resources.DEPLOYMENT, "*", Permissions.READ);
        authorizations.grantGroup(GROUP, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.RETRY_JOB);
        // evaluating a decision table with inputs the administrator types (checking the rules after a release, the
        // contract check) reads no case: the inputs are the caller's own
        authorizations.grantGroup(GROUP, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.UPDATE,
                Permissions.CREATE_INSTANCE);
        authorizations.grantGroup(GROUP, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        authorizations.grantGroup(GROUP, Resources.BATCH, "*", BatchPermissions.READ, BatchPermissions.UPDATE, BatchPermissions.DELETE);
        authorizations.grantGroup(GROUP, Resources.SYSTEM, "*", SystemPermissions.READ, SystemPermissions.SET, SystemPermissions.DELETE);
        // who changed users, groups, memberships and authorizations: the trail of every break-glass grant
        authorizations.grantGroup(GROUP, Resources.OPERATION_LOG_CATEGORY, UserOperationLogEntry.CATEGORY_ADMIN,
                UserOperationLogCategoryPermissions.READ);
    }

    private void ensureSetupMarker() {
        if (identityService.createUserQuery().userId(SETUP_MARKER_USER).count() == 0) {
            User marker = identityService.newUser(SETUP_MARKER_USER);
            marker.setFirstName("Systeemaccount");
            marker.setLastName("zonder login (houdt de setup van de webapps dicht)");
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            // a password nobody knows; it is not stored anywhere but as the engine's hash
            marker.setPassword(Base64.getEncoder().encodeToString(secret));
            identityService.saveUser(marker);
        }
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("camunda BPM Administrators");
            group.setType(SYSTEM_GROUP_TYPE);
            identityService.saveGroup(group);
        }
        ensureMembership(SETUP_MARKER_USER, Groups.CAMUNDA_ADMIN);
    }

    private void moveAdministrator(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            LOG.warn("The configured administrator (camunda.bpm.admin-user) does not exist; nothing to move");
            return;
        }
        ensureMembership(userId, GROUP);
        if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            identityService.deleteMembership(userId, Groups.CAMUNDA_ADMIN);
            LOG.info("Administrator moved from {} to {}: engine management without case content", Groups.CAMUNDA_ADMIN, GROUP);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
