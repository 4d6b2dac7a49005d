package nl.veiligheidshuis.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine REST and the application's own API never answer anonymously: HTTP Basic against the engine's identity
 * service (the API also accepts the Tasklist session for reading, see {@link ApiAuthenticationFilter}). The filters
 * set the engine's authentication (user, groups, tenants) for the request, so authorization and tenant checks
 * apply to every call.
 */
@Configuration
class RestAuthenticationConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("vh-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
        registration.setName("vh-api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(10);
        return registration;
    }
}
