package nl.veiligheidshuis.system;

import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Gives every case the tenant of its region. The process definitions are shared (deployed without tenant);
 * a root instance takes its tenant from the {@code region} start variable, a called process and a decision
 * take the tenant of the execution that started them. A caller may start a case only in a region it belongs
 * to: the tenant check would otherwise hide the case from the very partner that referred it.
 */
public class RegionTenantIdProvider implements TenantIdProvider {

    public static final String REGION_VARIABLE = "region";

    /**
     * Processes that run at national level, outside every region: the national meeting (no tenant) must see their
     * tasks, so they never take a tenant. Start them as root instances (the escalation starts its national review
     * that way and waits for its message): a called process inherits its caller's tenant before this provider is
     * asked, so a call activity cannot take a process out of its region.
     */
    public static final Set<String> NATIONAL_PROCESSES = Set.of("escalation-national-review", "funding-allocation");
    /** The start variable that makes an instance of a national process a region part (see {@link #SCOPE_REGION}). */
    public static final String SCOPE_VARIABLE = "scope";
    public static final String SCOPE_REGION = "REGION";

    private final Supplier<Set<String>> knownRegions;

    public RegionTenantIdProvider(Supplier<Set<String>> knownRegions) {
        this.knownRegions = knownRegions;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getProcessDefinition() != null && NATIONAL_PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
            return regionPartOfNationalProcess(ctx);
        }
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object region = ctx.getVariables() == null ? null : ctx.getVariables().get(REGION_VARIABLE);
        if (region == null) {
            return null;
        }
        String tenantId = region.toString();
        if (!knownRegions.get().contains(tenantId)) {
            throw new ProcessEngineException("Onbekende regio '" + tenantId + "'");
        }
        checkCallerBelongsTo(tenantId);
        return tenantId;
    }

    /**
     * A national process has no tenant, except a region part that the application starts with {@code scope = REGION}
     * ({@code funding-allocation}: each region's steering group splits its share, and only that region may see it).
     * A user cannot start such a part.
     */
    private String regionPartOfNationalProcess(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null || ctx.getVariables() == null || !SCOPE_REGION.equals(ctx.getVariables().get(SCOPE_VARIABLE))) {
            return null;
        }
        Object region = ctx.getVariables().get(REGION_VARIABLE);
        if (region == null || !knownRegions.get().contains(region.toString())) {
            throw new ProcessEngineException("Onbekende regio '" + region + "'");
        }
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            throw new AuthorizationException("Alleen de applicatie start het regionale deel van een landelijk proces");
        }
        return region.toString();
    }

    private static void checkCallerBelongsTo(String tenantId) {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        if (authentication == null || !commandContext.isAuthorizationCheckEnabled()) {
            return;
        }
        boolean admin = commandContext.getProcessEngineConfiguration().getAdminGroups() != null
                && authentication.getGroupIds() != null
                && authentication.getGroupIds().stream()
                        .anyMatch(commandContext.getProcessEngineConfiguration().getAdminGroups()::contains);
        if (!admin && (authentication.getTenantIds() == null || !authentication.getTenantIds().contains(tenantId))) {
            throw new AuthorizationException("Gebruiker '" + authentication.getUserId() + "' hoort niet bij regio '" + tenantId + "'");
        }
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
