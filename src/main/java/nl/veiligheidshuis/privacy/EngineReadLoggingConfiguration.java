package nl.veiligheidshuis.privacy;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link EngineReadLoggingFilter} in front of engine REST (after its authentication filter, order 10) and of
 * the webapps' engine API (before the webapps' own filters, which the Camunda starter registers after every filter
 * of the application; the filter reads the session's user itself).
 */
@Configuration
class EngineReadLoggingConfiguration {

    static final int ORDER = 20;

    @Bean
    FilterRegistrationBean<EngineReadLoggingFilter> engineReadLoggingFilter(EngineReadLog log, ProcessEngine engine,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<EngineReadLoggingFilter> registration =
                new FilterRegistrationBean<>(new EngineReadLoggingFilter(new EngineReadRules(webappPath), log, engine));
        registration.setName("vh-engine-read-logging");
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
