package nl.veiligheidshuis.conference;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which partner the conference is proposed to appoint as case director (§5.4: "veelal wordt de casusregie gevoerd
 * door de partner met de expertise, waar het zwaartepunt van de problematiek ligt"): the participant that most case
 * indicators ask for, required before optional, and among equals the partner that usually directs such cases.
 * A partner that did not prepare is proposed only when nobody prepared. Process direction may choose another.
 */
public final class CaseDirectorProposal {

    /** A participant of the conference: how the table asked for it (null when process direction added it). */
    public record Candidate(String partner, Attendance attendance, int weight, PreparationStatus preparation) {
    }

    public record Proposal(String partner, String rationale) {
    }

    private CaseDirectorProposal() {
    }

    /** @param candidates the conference's participants (at least the municipality) */
    public static Proposal propose(List<Candidate> candidates, Function<String, String> names) {
        if (candidates.isEmpty()) {
            throw new IllegalStateException("A conference without participants has no case director");
        }
        boolean anyPrepared = candidates.stream().anyMatch(c -> c.preparation() == PreparationStatus.PREPARED);
        Candidate best = candidates.stream()
                .filter(c -> !anyPrepared || c.preparation() == PreparationStatus.PREPARED)
                .min(Comparator.comparingInt((Candidate c) -> -c.weight())
                        .thenComparing(c -> c.attendance() == Attendance.REQUIRED ? 0 : 1)
                        .thenComparingInt(c -> preference(c.partner())))
                .orElseThrow();
        String name = names.apply(best.partner());
        String rationale = best.weight() == 0
                ? name + ": geen andere partner draagt een duidelijk zwaartepunt van de problematiek; de gemeente of de meest "
                        + "betrokken partner voert de regie"
                : name + ": hier ligt het zwaartepunt van de problematiek (" + best.weight()
                        + (best.weight() == 1 ? " signaal" : " signalen") + " uit de aanmelding vragen om deze partner)";
        return new Proposal(best.partner(), rationale);
    }

    private static int preference(String partner) {
        int index = ConferencePartners.CASE_DIRECTION_PREFERENCE.indexOf(partner);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
