package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The record: attendance within the participants, the analysis and decisions, a case director with mandate. */
class ConferenceRecordTest {

    static final List<String> PARTICIPANTS = List.of("gemeente", "politie", "jeugdzorg");
    static final Function<String, String> NAMES = id -> "Partner " + id;
    static final ProfessionalDirectory DIRECTORY = new ProfessionalDirectory() {
        @Override
        public boolean exists(String userId) {
            return List.of("jeugdzorg.utrecht", "jeugdzorg.rotterdam-rijnmond", "politie.utrecht").contains(userId);
        }

        @Override
        public boolean isMemberOf(String userId, String groupId) {
            return userId.startsWith(groupId + ".");
        }

        @Override
        public boolean worksInRegion(String userId, String regionId) {
            return userId.endsWith("." + regionId);
        }
    };

    @Test
    void aCompleteRecordNamesTheCaseDirector() {
        ConferenceRecord record = record(List.of("gemeente", "jeugdzorg"), List.of("gemeente", "jeugdzorg"), "jeugdzorg", " jeugdzorg.utrecht ");

        assertThat(record.caseDirectorPartner()).isEqualTo("jeugdzorg");
        assertThat(record.caseDirectorUser()).isEqualTo("jeugdzorg.utrecht");
        assertThat(record.present()).containsExactlyInAnyOrder("gemeente", "jeugdzorg");
        assertThat(record.familyMembersAtRisk()).isNull();
    }

    @Test
    void theCaseDirectorMustHaveTakenPartWithMandate() {
        assertThatThrownBy(() -> record(List.of("gemeente", "jeugdzorg"), List.of("gemeente"), "jeugdzorg", "jeugdzorg.utrecht"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).containsExactly(new FieldError(
                        "caseDirectorPartner", "Partner jeugdzorg kan de casusregie alleen op zich nemen als de partner met mandaat aan het "
                                + "overleg deelnam (§5.5.2)")));
    }

    @Test
    void theCaseDirectorIsAKnownProfessionalOfThatPartnerInTheCasesRegion() {
        assertThat(errorsFor("jeugdzorg", "niemand.utrecht")).containsExactly("Er is geen gebruiker 'niemand.utrecht'");
        assertThat(errorsFor("jeugdzorg", "politie.utrecht")).containsExactly("Gebruiker 'politie.utrecht' werkt niet bij Partner jeugdzorg");
        assertThat(errorsFor("jeugdzorg", "jeugdzorg.rotterdam-rijnmond"))
                .containsExactly("Gebruiker 'jeugdzorg.rotterdam-rijnmond' werkt niet in de regio van de casus");
        assertThat(errorsFor("jeugdzorg", " ")).containsExactly("Geef de gebruikersnaam van de casusregisseur");
        assertThat(errorsFor("ggz", "jeugdzorg.utrecht")).containsExactly("Kies de casusregisseur uit de partners van het casusoverleg");
    }

    @Test
    void attendanceOutsideTheParticipantsOrMandateWithoutPresenceIsRefused() {
        assertThatThrownBy(() -> record(List.of("gemeente", "jeugdzorg", "ggz"), List.of("gemeente", "jeugdzorg", "politie"), "jeugdzorg",
                "jeugdzorg.utrecht"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).extracting(FieldError::message)
                        .containsExactly("'ggz' was geen deelnemer van dit casusoverleg",
                                "Partner politie heeft mandaat maar is niet als aanwezig aangevinkt"));
    }

    @Test
    void anEmptyRecordGetsOneMessagePerField() {
        assertThatThrownBy(() -> ConferenceRecord.of(List.of(), List.of(), " ", null, null, null, null, PARTICIPANTS, "utrecht", DIRECTORY, NAMES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).extracting(FieldError::field)
                        .containsExactly("presentPartners", "systemAnalysis", "conferenceDecisions", "caseDirectorPartner", "caseDirectorUser"));
    }

    private static ConferenceRecord record(List<String> present, List<String> mandated, String partner, String user) {
        return ConferenceRecord.of(present, mandated, "Analyse per leefgebied", null, "Besluiten", partner, user, PARTICIPANTS, "utrecht",
                DIRECTORY, NAMES);
    }

    private static List<String> errorsFor(String partner, String user) {
        try {
            record(PARTICIPANTS, PARTICIPANTS, partner, user);
            return List.of();
        } catch (InvalidInputException e) {
            return e.getErrors().stream().map(FieldError::message).toList();
        }
    }
}
