package nl.veiligheidshuis.covenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The covenant register of a region, for the users of that region, and the check referrals use. */
@IntegrationTest
class CovenantApiTest {

    static final List<String> CHAIN_PARTNERS = List.of("dji", "gehandicaptenzorg", "gemeente", "ggz", "jeugdzorg", "leerplicht",
            "maatschappelijk-werk", "om", "politie", "reclassering", "rvdk", "uwv", "woningcorporatie");

    @LocalServerPort
    int port;

    @Autowired
    Covenants covenants;

    @Test
    void everyChainPartnerTakesPartInEveryRegionSince2013() {
        Api.Answer register = Api.as(port, "politie.utrecht").get("/api/regions/utrecht/covenant");

        assertThat(register.status()).as(register.raw()).isEqualTo(200);
        assertThat(register.body().get("regionName").asText()).isEqualTo("Utrecht");
        List<String> partners = new ArrayList<>();
        for (JsonNode period : register.body().get("partners")) {
            partners.add(period.get("partner").asText());
            assertThat(period.get("joinedOn").asText()).isEqualTo("2013-01-01");
            assertThat(period.has("leftOn")).isFalse();
            assertThat(period.get("participating").asBoolean()).isTrue();
        }
        assertThat(partners).containsExactlyElementsOf(CHAIN_PARTNERS);
        assertThat(register.body().get("partners").get(0).get("name").asText()).isEqualTo("Dienst Justitiële Inrichtingen");

        JsonNode before = Api.as(port, "procesregie.zuid-limburg").get("/api/regions/zuid-limburg/covenant?on=2012-12-31").body();
        assertThat(before.get("on").asText()).isEqualTo("2012-12-31");
        before.get("partners").forEach(period -> assertThat(period.get("participating").asBoolean()).isFalse());
    }

    @Test
    void onlyUsersOfTheRegionSeeItsRegister() {
        assertThat(Api.as(port, "politie.rotterdam-rijnmond").get("/api/regions/utrecht/covenant").status()).isEqualTo(403);
        assertThat(Api.as(port, "landelijk").get("/api/regions/utrecht/covenant").status()).isEqualTo(403);
        Api.Answer unknown = Api.as(port, "politie.utrecht").get("/api/regions/atlantis/covenant");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).isEqualTo("Onbekende regio 'atlantis'");
        Api.Answer wrongDate = Api.as(port, "politie.utrecht").get("/api/regions/utrecht/covenant?on=gisteren");
        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(wrongDate.body().get("errors").get(0).get("field").asText()).isEqualTo("on");
        assertThat(Api.anonymous(port).get("/api/regions/utrecht/covenant").status()).isEqualTo(401);
    }

    @Test
    void aReferralByAPartnerOutsideTheCovenantOnThatDayIsRefusedOnReferringPartner() {
        assertThat(covenants.isParticipating("utrecht", "politie", LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(covenants.isParticipating("utrecht", "politie", LocalDate.of(2012, 12, 31))).isFalse();
        assertThat(covenants.isParticipating("utrecht", "procesregie", LocalDate.of(2026, 3, 2))).as("core staff is no covenant partner")
                .isFalse();

        FieldError refusal = covenants.refusalOfReferringPartner("utrecht", "politie", LocalDate.of(2012, 12, 31)).orElseThrow();
        assertThat(refusal.field()).isEqualTo("referringPartner");
        assertThat(refusal.message()).isEqualTo("'politie' neemt op 2012-12-31 niet deel aan het convenant van regio 'utrecht'");
        assertThat(covenants.refusalOfReferringPartner("utrecht", "politie", LocalDate.of(2026, 3, 2))).isEmpty();
        assertThat(covenants.refusalOfReferringPartner("atlantis", "politie", LocalDate.of(2012, 12, 31))).as("unknown region: own message")
                .isEmpty();
        assertThat(covenants.refusalOfReferringPartner("utrecht", "bakker", LocalDate.of(2012, 12, 31))).as("unknown partner: own message")
                .isEmpty();
        assertThat(covenants.refusalOfReferringPartner(null, null, LocalDate.of(2026, 3, 2))).isEmpty();
    }
}
