package nl.veiligheidshuis.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.PersonalDataHistoryFilter;
import nl.veiligheidshuis.privacy.PersonalVariables;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings that YAML cannot express: the region tenant of every case, history without personal data, the task
 * query's authorization check in a shape that stays fast at scale.
 */
@Configuration
class EngineConfiguration {

    @Bean
    ProcessEnginePlugin regionTenantPlugin(ObjectProvider<RegionRepository> regions) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(new RegionTenantIdProvider(new KnownRegions(regions)));
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
                handlers.add(new PersonalDataHistoryFilter(PersonalVariables.NAMES));
                configuration.setCustomHistoryEventHandlers(handlers);
            }
        };
    }

    /** The engine's authorization checks in a shape that stays fast at scale (docs/performance.md); on unless switched off. */
    @Bean
    AuthorizationCheckInterceptor authorizationCheckInterceptor(
            @Value("${vh.engine.authorization-check-rewrite:true}") boolean enabled) {
        return new AuthorizationCheckInterceptor(enabled);
    }

    @Bean
    ProcessEnginePlugin authorizationCheckPlugin(AuthorizationCheckInterceptor interceptor) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                configuration.getSqlSessionFactory().getConfiguration().addInterceptor(interceptor);
            }
        };
    }

    /** The region ids, read once from the application's tables when first needed. */
    static final class KnownRegions implements java.util.function.Supplier<Set<String>> {
        private final ObjectProvider<RegionRepository> regions;
        private volatile Set<String> ids;

        KnownRegions(ObjectProvider<RegionRepository> regions) {
            this.regions = regions;
        }

        @Override
        public Set<String> get() {
            if (ids == null) {
                ids = regions.getObject().findAll().stream().map(Region::getId).collect(Collectors.toUnmodifiableSet());
            }
            return ids;
        }
    }
}
