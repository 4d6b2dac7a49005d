package nl.veiligheidshuis.process.support;

import java.util.Set;
import nl.veiligheidshuis.system.RegionTenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Gives the process-test engine the application's tenant rule (a case carries the tenant of its region, called
 * processes inherit it) without the application's tables: the 25 region ids of design.md are listed here.
 */
public class RegionTenantTestPlugin extends AbstractProcessEnginePlugin {

    public static final Set<String> REGIONS = Set.of("groningen", "fryslan", "drenthe", "ijsselland", "twente",
            "noord-oost-gelderland", "gelderland-midden", "gelderland-zuid", "utrecht", "noord-holland-noord",
            "zaanstreek-waterland", "kennemerland", "amsterdam-amstelland", "gooi-vechtstreek", "haaglanden",
            "hollands-midden", "rotterdam-rijnmond", "zuid-holland-zuid", "zeeland", "midden-west-brabant",
            "brabant-noord", "brabant-zuidoost", "limburg-noord", "zuid-limburg", "flevoland");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new RegionTenantIdProvider(() -> REGIONS));
    }
}
