package nl.veiligheidshuis.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Session settings of every PostgreSQL connection of the application (docs/performance.md):
 * <ul>
 *   <li>{@code jit = off}: PostgreSQL compiles a query with JIT once its estimated cost passes {@code jit_above_cost};
 *       the task queries of a big region pass it, and the compilation then costs 40 ms to seconds, more than the query
 *       itself;</li>
 *   <li>{@code work_mem = 16MB}: a page of a big partner's inbox sorts its ~14,000 visible tasks on all columns (the
 *       engine's {@code select distinct}); with the default 4 MB that sort goes to disk.</li>
 * </ul>
 * Options configured explicitly on the data source (the {@code options} property) are left as they are. H2 gets
 * nothing.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    static final String OPTIONS = "-c jit=off -c work_mem=16MB";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !hikari.getDataSourceProperties().containsKey("options")) {
            hikari.addDataSourceProperty("options", OPTIONS);
        }
        return bean;
    }
}
