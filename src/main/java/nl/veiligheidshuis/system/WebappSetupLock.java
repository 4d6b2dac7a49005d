package nl.veiligheidshuis.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' first-user setup ({@code /camunda/api/admin/setup/...}) creates an engine administrator for whoever
 * calls it first, without logging in. Camunda refuses it only while {@code camunda-admin} has a member; the
 * administrator of this application is not one (organisation.Administrators), so the endpoint is refused here for
 * good, whatever that group holds. Administrators come from {@code camunda.bpm.admin-user}.
 */
@Configuration
class WebappSetupLock {

    static final String SETUP_PATH = "/camunda/api/admin/setup/*";

    @Bean
    FilterRegistrationBean<SetupRefusingFilter> webappSetupLockFilter() {
        FilterRegistrationBean<SetupRefusingFilter> registration = new FilterRegistrationBean<>(new SetupRefusingFilter());
        registration.setName("vh-webapp-setup-lock");
        registration.addUrlPatterns(SETUP_PATH);
        // before the webapps' own filters and servlets
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class SetupRefusingFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
