package nl.veiligheidshuis.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.privacy.EngineReadRules.EngineRead;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Logs reads of case content through engine REST and the webapps' engine API (Tasklist, Cockpit): the answer is
 * held back until the read is logged, so a read that cannot be logged is not served (503 instead). Only a
 * successful (2xx) answer counts as a read; a refused one (401, 403, 404, 500) writes nothing. The reader is the
 * user the engine REST filter authenticated, or the webapp session's user. What counts as content, and the case,
 * are decided by {@link EngineReadRules} and {@link EngineReadLog}.
 */
final class EngineReadLoggingFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineReadLoggingFilter.class);
    static final String NOT_LOGGED = """
            {"type":"about:blank","title":"Inzage niet vastgelegd","status":503,\
            "detail":"De inzage kon niet in het toegangslog worden vastgelegd en is daarom niet gegeven. Probeer het later opnieuw."}""";

    private final EngineReadRules rules;
    private final EngineReadLog log;
    private final ProcessEngine engine;

    EngineReadLoggingFilter(EngineReadRules rules, EngineReadLog log, ProcessEngine engine) {
        this.rules = rules;
        this.log = log;
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean get = "GET".equalsIgnoreCase(request.getMethod());
        Optional<EngineRead> read = rules.classify(request.getMethod(), pathOf(request), name -> get ? request.getParameter(name) : null);
        if (read.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
            try {
                log.record(reader(request), read.get(), EngineReadRules.channel(read.get(), request.getHeader("Referer")),
                        answer.getContentAsByteArray());
            } catch (RuntimeException e) {
                // ids only in the path: no personal data in this line
                LOG.error("Inzage via {} niet vastgelegd, antwoord geweigerd: {}", pathOf(request), e.toString());
                refuse(response);
                return;
            }
        }
        answer.copyBodyToResponse();
    }

    /** The path inside the application, as the servlet container normalised and decoded it. */
    private static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** Engine REST: the user its authentication filter set; the webapps: the user of the session. */
    private EngineReadLog.Reader reader(HttpServletRequest request) {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return new EngineReadLog.Reader(current.getUserId(), current.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null
                && authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user) {
            List<String> groups = user.getGroupIds() == null ? null : List.copyOf(user.getGroupIds());
            return new EngineReadLog.Reader(user.getIdentityId(), groups);
        }
        return null;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(NOT_LOGGED);
    }
}
