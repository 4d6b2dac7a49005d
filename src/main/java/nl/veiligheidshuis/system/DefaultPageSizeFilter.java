package nl.veiligheidshuis.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses unbounded queries from authenticated users ({@code queryMaxResultsLimit}). A query on engine
 * REST, or on the webapps' engine API (Cockpit sends a few unpaged queries), that names no {@code maxResults} is
 * given the limit as its page size, so a plain list call answers with the first page instead of an error; asking
 * for more than the limit is still refused by the engine. Other endpoints ignore the parameter.
 */
@Configuration
class DefaultPageSizeFilter {

    static final String MAX_RESULTS = "maxResults";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestDefaultPageSize(
            @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2000}") int limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new PageSizeFilter(limit));
        registration.setName("vh-engine-rest-default-page-size");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(20);
        return registration;
    }

    static final class PageSizeFilter extends OncePerRequestFilter {
        private final String limit;

        PageSizeFilter(int limit) {
            this.limit = Integer.toString(limit);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean query = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod());
            // read the query string only: getParameter would consume a form or multipart body
            if (query && !namesMaxResults(request.getQueryString())) {
                chain.doFilter(new WithMaxResults(request, limit), response);
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    static boolean namesMaxResults(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String pair : queryString.split("&")) {
            if (pair.equals(MAX_RESULTS) || pair.startsWith(MAX_RESULTS + "=")) {
                return true;
            }
        }
        return false;
    }

    static final class WithMaxResults extends HttpServletRequestWrapper {
        private final String limit;

        WithMaxResults(HttpServletRequest request, String limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + limit;
        }

        @Override
        public String getParameter(String name) {
            return MAX_RESULTS.equals(name) ? limit : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.put(MAX_RESULTS, new String[] {limit});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return MAX_RESULTS.equals(name) ? new String[] {limit} : super.getParameterValues(name);
        }
    }
}
