package nl.veiligheidshuis.system;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the {@code prod} profile the database and the administrator come from the environment; start-up stops
 * at once, naming what is missing, instead of running with a default password or an embedded database.
 */
public class ProductionEnvironmentCheck implements EnvironmentPostProcessor {

    static final List<String> REQUIRED = List.of("VH_DB_URL", "VH_DB_USER", "VH_DB_PASSWORD", "VH_ADMIN_USER", "VH_ADMIN_PASSWORD");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> missing = REQUIRED.stream().filter(name -> isBlank(environment.getProperty(name))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The prod profile needs these environment variables, which are not set: "
                    + String.join(", ", missing) + ". See docker/.env.example.");
        }
        if ("demo".equals(environment.getProperty("VH_ADMIN_PASSWORD"))) {
            throw new IllegalStateException("VH_ADMIN_PASSWORD must not be the demo password in the prod profile.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
