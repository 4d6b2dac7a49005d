package nl.veiligheidshuis.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionEnvironmentCheckTest {

    private final ProductionEnvironmentCheck check = new ProductionEnvironmentCheck();

    @Test
    void prodWithoutAdministratorAndDatabaseStopsNamingWhatIsMissing() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("VH_DB_URL", "jdbc:postgresql://localhost/vh");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VH_ADMIN_USER")
                .hasMessageContaining("VH_ADMIN_PASSWORD")
                .hasMessageContaining("VH_DB_USER")
                .hasMessageNotContaining("VH_DB_URL,");
    }

    @Test
    void prodRefusesTheDemoPassword() {
        MockEnvironment environment = complete();
        environment.setProperty("VH_ADMIN_PASSWORD", "demo");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("demo password");
    }

    @Test
    void prodWithEverythingSetStarts() {
        assertThatCode(() -> check.postProcessEnvironment(complete(), new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesAreNotChecked() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");
        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    private static MockEnvironment complete() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        ProductionEnvironmentCheck.REQUIRED.forEach(name -> environment.setProperty(name, "x-" + name));
        return environment;
    }
}
