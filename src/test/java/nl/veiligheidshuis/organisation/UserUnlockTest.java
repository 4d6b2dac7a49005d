package nl.veiligheidshuis.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administration unlocks a user the engine locked after too many wrong passwords, without being an engine administrator. */
@IntegrationTest
class UserUnlockTest {

    private static final String LOCKED = "ontgrendel-test";
    private static final String PASSWORD = "een-lang-genoeg-wachtwoord-42";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aUserLockedAfterTooManyWrongPasswords() {
        User user = identityService.newUser(LOCKED);
        user.setFirstName("Ontgrendel");
        user.setLastName("Test");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        new JdbcTemplate(dataSource).update("update ACT_ID_USER set ATTEMPTS_ = 10 where ID_ = ?", LOCKED);
        assertThat(identityService.checkPassword(LOCKED, PASSWORD)).as("locked: even the right password fails").isFalse();
    }

    @AfterEach
    void removeUser() {
        identityService.deleteUser(LOCKED);
    }

    @Test
    void administrationUnlocksTheUserAndTheEngineLogsWhoDidIt() {
        long before = unlocksLoggedFor("demo");

        Api.Answer answer = Api.as(port, "demo").post("/api/admin/users/" + LOCKED + "/unlock", Map.of());

        assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
        assertThat(identityService.checkPassword(LOCKED, PASSWORD)).as("the right password works again").isTrue();
        assertThat(unlocksLoggedFor("demo")).as("user operation log, category Admin, by the administrator").isEqualTo(before + 1);
    }

    @Test
    void nobodyButAdministrationMayUnlock() {
        for (String user : new String[] {"procesregie.utrecht", "vh-manager.utrecht", "politie.utrecht"}) {
            Api.Answer answer = Api.as(port, user).post("/api/admin/users/" + LOCKED + "/unlock", Map.of());
            assertThat(answer.status()).as(user + ": " + answer.raw()).isEqualTo(403);
        }
        assertThat(Api.anonymous(port).post("/api/admin/users/" + LOCKED + "/unlock", Map.of()).status()).isEqualTo(401);
        assertThat(identityService.checkPassword(LOCKED, PASSWORD)).as("still locked").isFalse();
    }

    @Test
    void anUnknownUserIsNotFound() {
        Api.Answer answer = Api.as(port, "demo").post("/api/admin/users/niemand-bekend/unlock", Map.of());
        assertThat(answer.status()).as(answer.raw()).isEqualTo(404);
        assertThat(answer.raw()).contains("Onbekende gebruiker");
    }

    private long unlocksLoggedFor(String administrator) {
        return historyService.createUserOperationLogQuery().entityType(EntityTypes.USER)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_UNLOCK).userId(administrator).count();
    }
}
