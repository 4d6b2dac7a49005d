package nl.veiligheidshuis.system;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends three of the engine's statements with the authorization checks of {@link AuthorizationCheckSql}: the task list
 * and count (what Tasklist, engine REST and every {@code TaskQuery} run), the variable query (Tasklist's variables of a
 * page of tasks) and the groups-with-authorizations lookup of every authorized command. Same rows, without the
 * per-pair loop that made a partner's inbox take seconds at 20,000 open cases. Other statements pass untouched; one of
 * these of an unknown shape passes as the engine made it, with one warning in the log.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
public final class AuthorizationCheckInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCheckInterceptor.class);
    private static final String ENTITY = "org.camunda.bpm.engine.impl.persistence.entity.";
    static final Map<String, Function<String, Optional<AuthorizationCheckSql.Rewritten>>> REWRITES = Map.of(
            ENTITY + "TaskEntity.selectTaskByQueryCriteria", AuthorizationCheckSql::hashed,
            ENTITY + "TaskEntity.selectTaskCountByQueryCriteria", AuthorizationCheckSql::hashed,
            ENTITY + "VariableInstanceEntity.selectVariableInstanceByQueryCriteria", AuthorizationCheckSql::correlated,
            ENTITY + "VariableInstanceEntity.selectVariableInstanceCountByQueryCriteria", AuthorizationCheckSql::correlated,
            ENTITY + "AuthorizationEntity.selectAuthorizedGroupIds", AuthorizationCheckSql::distinctGroupIds);

    private final AtomicBoolean enabled;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> rewritten = new ConcurrentHashMap<>();

    public AuthorizationCheckInterceptor(boolean enabled) {
        this.enabled = new AtomicBoolean(enabled);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object[] args = invocation.getArgs();
        MappedStatement statement = (MappedStatement) args[0];
        Function<String, Optional<AuthorizationCheckSql.Rewritten>> rewriting = REWRITES.get(statement.getId());
        if (!enabled.get() || rewriting == null) {
            return invocation.proceed();
        }
        Object parameter = args[1];
        BoundSql engine = statement.getBoundSql(parameter);
        Optional<AuthorizationCheckSql.Rewritten> rewrite = rewriting.apply(engine.getSql())
                // the placeholders counted must be the parameters MyBatis binds, or the reordering would be wrong
                .filter(r -> AuthorizationCheckSql.placeholders(engine.getSql()) == engine.getParameterMappings().size());
        if (rewrite.isEmpty()) {
            if (engine.getSql().toUpperCase(Locale.ROOT).contains("ACT_RU_AUTHORIZATION") && warned.add(statement.getId())) {
                LOG.warn("{} has an authorization check of an unknown shape; it runs as the engine made it (slow at scale)", statement.getId());
            }
            return invocation.proceed();
        }
        BoundSql bound = new BoundSql(statement.getConfiguration(), rewrite.get().sql(),
                rewrite.get().reorder(engine.getParameterMappings()), parameter);
        for (Map.Entry<String, Object> additional : engine.getAdditionalParameters().entrySet()) {
            bound.setAdditionalParameter(additional.getKey(), additional.getValue());
        }
        rewritten.computeIfAbsent(statement.getId(), id -> new AtomicLong()).incrementAndGet();
        Executor executor = (Executor) invocation.getTarget();
        RowBounds rowBounds = (RowBounds) args[2];
        CacheKey key = executor.createCacheKey(statement, parameter, rowBounds, bound);
        return executor.query(statement, parameter, rowBounds, (ResultHandler<?>) args[3], key, bound);
    }

    /** Switches the rewrite on or off at run time (the setting {@code vh.engine.authorization-check-rewrite}, and tests comparing both). */
    public void setEnabled(boolean on) {
        enabled.set(on);
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /** How many statements whose id ends with {@code statement} (such as {@code "selectTaskByQueryCriteria"}) went out rewritten since start. */
    public long rewrittenCount(String statement) {
        return rewritten.entrySet().stream().filter(entry -> entry.getKey().endsWith("." + statement)).mapToLong(entry -> entry.getValue().get())
                .sum();
    }
}
