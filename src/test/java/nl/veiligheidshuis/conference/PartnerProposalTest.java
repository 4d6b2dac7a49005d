package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.conference.PartnerProposal.Entry;
import nl.veiligheidshuis.conference.PartnerProposal.Hit;
import org.junit.jupiter.api.Test;

/** The proposal: one entry per partner from the COLLECT rows, REQUIRED wins, the municipality always. */
class PartnerProposalTest {

    @Test
    void aPartnerThatTwoRulesAskForIsProposedOnceWithBothReasons() {
        List<Entry> proposal = PartnerProposal.of(
                List.of(new Hit("gemeente", "REQUIRED"), new Hit("politie", "REQUIRED"), new Hit("politie", "REQUIRED")),
                Map.of("politie", List.of("Huiselijk geweld", "Overlast of verstoring openbare orde"), "gemeente", List.of(PartnerProposal.ALWAYS)));

        assertThat(proposal).extracting(Entry::partner).containsExactly("gemeente", "politie");
        Entry police = proposal.get(1);
        assertThat(police.reasons()).containsExactly("Huiselijk geweld", "Overlast of verstoring openbare orde");
        assertThat(police.weight()).isEqualTo(2);
        assertThat(police.reasonText()).isEqualTo("Huiselijk geweld; Overlast of verstoring openbare orde");
    }

    @Test
    void requiredWinsOverOptionalWhateverTheOrderOfTheRows() {
        assertThat(PartnerProposal.of(List.of(new Hit("uwv", "OPTIONAL"), new Hit("uwv", "REQUIRED")), Map.of()))
                .filteredOn(e -> e.partner().equals("uwv")).extracting(Entry::attendance).containsExactly(Attendance.REQUIRED);
        assertThat(PartnerProposal.of(List.of(new Hit("uwv", "REQUIRED"), new Hit("uwv", "OPTIONAL")), Map.of()))
                .filteredOn(e -> e.partner().equals("uwv")).extracting(Entry::attendance).containsExactly(Attendance.REQUIRED);
        assertThat(PartnerProposal.of(List.of(new Hit("uwv", "OPTIONAL"), new Hit("uwv", "OPTIONAL")), Map.of()))
                .filteredOn(e -> e.partner().equals("uwv")).extracting(Entry::attendance).containsExactly(Attendance.OPTIONAL);
    }

    @Test
    void theMunicipalityIsAlwaysProposedAsRequiredEvenIfNoRowAsksForIt() {
        List<Entry> proposal = PartnerProposal.of(List.of(new Hit("ggz", "REQUIRED")), Map.of("ggz", List.of("Psychische problemen")));

        assertThat(proposal).extracting(Entry::partner).containsExactly("gemeente", "ggz");
        assertThat(proposal.get(0).attendance()).isEqualTo(Attendance.REQUIRED);
        assertThat(proposal.get(0).reasons()).containsExactly(PartnerProposal.ALWAYS);
        assertThat(proposal.get(0).weight()).isZero();
    }

    @Test
    void entriesFollowTheFixedPartnerOrderNotTheOrderOfTheRows() {
        List<Entry> proposal = PartnerProposal.of(List.of(new Hit("maatschappelijk-werk", "OPTIONAL"), new Hit("jeugdzorg", "REQUIRED"),
                new Hit("om", "REQUIRED")), Map.of());

        assertThat(proposal).extracting(Entry::partner).containsExactly("gemeente", "om", "jeugdzorg", "maatschappelijk-werk");
        assertThat(proposal.get(1).reasons()).containsExactly(PartnerProposal.BY_THE_TABLE);
        assertThat(proposal.get(1).weight()).isZero();
    }

    @Test
    void anUnknownPartnerOrAttendanceFromTheTableIsATechnicalFault() {
        assertThatThrownBy(() -> PartnerProposal.of(List.of(new Hit("bakker", "REQUIRED")), Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bakker");
        assertThatThrownBy(() -> PartnerProposal.of(List.of(new Hit("ggz", "MAYBE")), Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MAYBE");
    }
}
