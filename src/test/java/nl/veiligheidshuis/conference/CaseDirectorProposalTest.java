package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import nl.veiligheidshuis.conference.CaseDirectorProposal.Candidate;
import org.junit.jupiter.api.Test;

/** The proposed case director: the partner where the weight of the problems lies (§5.4). */
class CaseDirectorProposalTest {

    static final Function<String, String> NAMES = id -> id.substring(0, 1).toUpperCase() + id.substring(1);

    @Test
    void thePartnerThatMostIndicatorsAskForIsProposed() {
        CaseDirectorProposal.Proposal proposal = CaseDirectorProposal.propose(List.of(
                candidate("gemeente", Attendance.REQUIRED, 0), candidate("jeugdzorg", Attendance.REQUIRED, 1),
                candidate("ggz", Attendance.REQUIRED, 2)), NAMES);

        assertThat(proposal.partner()).isEqualTo("ggz");
        assertThat(proposal.rationale()).isEqualTo("Ggz: hier ligt het zwaartepunt van de problematiek (2 signalen uit de aanmelding vragen om deze partner)");
    }

    @Test
    void amongEqualsRequiredGoesBeforeOptionalAndThenThePartnerThatUsuallyDirects() {
        assertThat(CaseDirectorProposal.propose(List.of(candidate("maatschappelijk-werk", Attendance.OPTIONAL, 1),
                candidate("politie", Attendance.REQUIRED, 1)), NAMES).partner()).isEqualTo("politie");
        assertThat(CaseDirectorProposal.propose(List.of(candidate("politie", Attendance.REQUIRED, 1), candidate("om", Attendance.REQUIRED, 1),
                candidate("rvdk", Attendance.REQUIRED, 1), candidate("jeugdzorg", Attendance.REQUIRED, 1)), NAMES).partner())
                .isEqualTo("jeugdzorg");
        assertThat(CaseDirectorProposal.propose(List.of(candidate("politie", Attendance.REQUIRED, 1),
                candidate("reclassering", Attendance.REQUIRED, 1)), NAMES).partner()).isEqualTo("reclassering");
    }

    @Test
    void theMunicipalityDirectsWhenNoOtherPartnerCarriesWeight() {
        CaseDirectorProposal.Proposal proposal = CaseDirectorProposal.propose(List.of(candidate("gemeente", Attendance.REQUIRED, 0),
                new Candidate("woningcorporatie", null, 0, PreparationStatus.PREPARED)), NAMES);

        assertThat(proposal.partner()).isEqualTo("gemeente");
        assertThat(proposal.rationale()).startsWith("Gemeente: geen andere partner draagt een duidelijk zwaartepunt");
    }

    @Test
    void aPartnerThatDidNotPrepareIsProposedOnlyWhenNobodyPrepared() {
        List<Candidate> oneAbsent = List.of(candidate("gemeente", Attendance.REQUIRED, 0),
                new Candidate("ggz", Attendance.REQUIRED, 2, PreparationStatus.ABSENT));
        assertThat(CaseDirectorProposal.propose(oneAbsent, NAMES).partner()).isEqualTo("gemeente");

        List<Candidate> allAbsent = List.of(new Candidate("gemeente", Attendance.REQUIRED, 0, PreparationStatus.ABSENT),
                new Candidate("ggz", Attendance.REQUIRED, 2, PreparationStatus.ABSENT));
        assertThat(CaseDirectorProposal.propose(allAbsent, NAMES).partner()).isEqualTo("ggz");
    }

    @Test
    void aConferenceWithoutParticipantsIsATechnicalFault() {
        assertThatThrownBy(() -> CaseDirectorProposal.propose(List.of(), NAMES)).isInstanceOf(IllegalStateException.class);
    }

    private static Candidate candidate(String partner, Attendance attendance, int weight) {
        return new Candidate(partner, attendance, weight, PreparationStatus.PREPARED);
    }
}
