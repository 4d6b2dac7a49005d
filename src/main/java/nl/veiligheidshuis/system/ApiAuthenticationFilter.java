package nl.veiligheidshuis.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication of the application's own API ({@code /api/*}): HTTP Basic against the engine's identity service
 * for partner systems, or — for reading only — the professional's Tasklist session, so the case page opened from a
 * task form works in the same browser. A write through a session would be open to cross-site request forgery, so
 * writes always need Basic. The engine's authentication (user, groups, tenants) is set for the request and cleared
 * afterwards; without either, 401.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String REALM_CHALLENGE = "Basic realm=\"veiligheidshuis\"";

    private final ProcessEngine engine;
    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    ApiAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = null;
        java.util.List<String> groups = null;
        java.util.List<String> tenants = null;
        if (request.getHeader("Authorization") != null) {
            AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
            if (result.isAuthenticated()) {
                userId = result.getAuthenticatedUser();
                groups = AuthenticationUtil.getGroupsOfUser(engine, userId);
                tenants = AuthenticationUtil.getTenantsOfUser(engine, userId);
            }
        } else if ("GET".equals(request.getMethod())) {
            UserAuthentication session = sessionUser(request);
            if (session != null) {
                // groups and tenants are read afresh: a membership removed since login no longer counts
                userId = session.getIdentityId();
                groups = AuthenticationUtil.getGroupsOfUser(engine, userId);
                tenants = AuthenticationUtil.getTenantsOfUser(engine, userId);
            }
        }
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", REALM_CHALLENGE);
            return;
        }
        engine.getIdentityService().setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private UserAuthentication sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
