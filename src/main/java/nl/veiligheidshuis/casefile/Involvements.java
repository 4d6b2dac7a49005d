package nl.veiligheidshuis.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need to know: which partners are involved in a case, while they are (design.md, data rules). A partner becomes
 * involved by referring, being selected for the conference (or directing the case), holding an agreement or an
 * escalation; each reason is a row of its own. A reason ends when it no longer holds (a new conference without the
 * partner, a plan version without its agreements, its escalation ended) and every reason ends at closure; each end
 * records when and why. A partner sees the case while at least one of its reasons holds. Each change of that is
 * published as {@link InvolvementChanged}, so the engine's authorizations follow it in the same transaction.
 */
@Service
public class Involvements {

    /** A partner's involvement in a case started or ended. */
    public record InvolvementChanged(Long caseId, String partnerGroup, boolean involved) {
    }

    private final InvolvementRepository involvements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Involvements(InvolvementRepository involvements, ApplicationEventPublisher events, Clock clock) {
        this.involvements = involvements;
        this.events = events;
        this.clock = clock;
    }

    /** Involves a partner for a reason; a partner already involved for that reason stays as it is. */
    @Transactional
    public void involve(Long caseId, String partnerGroup, Involvement.Reason reason) {
        List<Involvement> active = involvements.findByCaseIdAndEndedAtIsNull(caseId);
        if (active.stream().anyMatch(i -> i.getPartnerGroup().equals(partnerGroup) && i.getReason().equals(reason.name()))) {
            return;
        }
        boolean wasInvolved = active.stream().anyMatch(i -> i.getPartnerGroup().equals(partnerGroup));
        involvements.save(new Involvement(caseId, partnerGroup, reason, clock.instant()));
        if (!wasInvolved) {
            events.publishEvent(new InvolvementChanged(caseId, partnerGroup, true));
        }
    }

    /**
     * Ends one reason of a partner's involvement, recording when and why; the partner loses sight only when no
     * reason is left. A partner not involved for that reason changes nothing.
     */
    @Transactional
    public void end(Long caseId, String partnerGroup, Involvement.Reason reason, String why) {
        List<Involvement> active = involvements.findByCaseIdAndEndedAtIsNull(caseId);
        List<Involvement> ending = active.stream()
                .filter(i -> i.getPartnerGroup().equals(partnerGroup) && i.getReason().equals(reason.name())).toList();
        if (ending.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ending.forEach(i -> i.end(now, why));
        boolean stillInvolved = active.stream().anyMatch(i -> i.getPartnerGroup().equals(partnerGroup) && i.isActive());
        if (!stillInvolved) {
            events.publishEvent(new InvolvementChanged(caseId, partnerGroup, false));
        }
    }

    /**
     * The participants of a (new) case conference replace the earlier selection: each participant is involved as
     * SELECTED; a partner selected before (an earlier conference, its case director, the director's partner at
     * reopening) that is not a participant now loses that reason, with {@code whyNotSelected} of it. It keeps sight
     * of the case only while another reason holds: it referred the case, holds an agreement of the plan in force or
     * has an open escalation in it.
     *
     * @return the partners whose selection ended, in the order they were involved
     */
    @Transactional
    public List<String> replaceSelection(Long caseId, Collection<String> participants, Function<String, String> whyNotSelected) {
        List<String> noLongerSelected = involvements.findByCaseIdAndEndedAtIsNull(caseId).stream()
                .filter(i -> i.getReason().equals(Involvement.Reason.SELECTED.name()))
                .map(Involvement::getPartnerGroup)
                .filter(partner -> !participants.contains(partner))
                .distinct()
                .toList();
        noLongerSelected.forEach(partner -> end(caseId, partner, Involvement.Reason.SELECTED, whyNotSelected.apply(partner)));
        participants.forEach(partner -> involve(caseId, partner, Involvement.Reason.SELECTED));
        return noLongerSelected;
    }

    /** At closure: every reason of every partner ends with the given why; every partner loses sight of the case. */
    @Transactional
    public void endAll(Long caseId, String why) {
        List<Involvement> active = involvements.findByCaseIdAndEndedAtIsNull(caseId);
        Instant now = clock.instant();
        active.forEach(i -> i.end(now, why));
        active.stream().map(Involvement::getPartnerGroup).distinct()
                .forEach(partner -> events.publishEvent(new InvolvementChanged(caseId, partner, false)));
    }

    @Transactional(readOnly = true)
    public List<String> activePartners(Long caseId) {
        return involvements.findByCaseIdAndEndedAtIsNull(caseId).stream().map(Involvement::getPartnerGroup).distinct().toList();
    }

    /** The reasons for which a partner is involved now (names of {@link Involvement.Reason}); empty when it is not. */
    @Transactional(readOnly = true)
    public List<String> activeReasons(Long caseId, String partnerGroup) {
        return involvements.findByCaseIdAndEndedAtIsNull(caseId).stream().filter(i -> i.getPartnerGroup().equals(partnerGroup))
                .map(Involvement::getReason).distinct().toList();
    }

    @Transactional(readOnly = true)
    public boolean isInvolved(Long caseId, String partnerGroup) {
        return involvements.findByCaseIdAndEndedAtIsNull(caseId).stream().anyMatch(i -> i.getPartnerGroup().equals(partnerGroup));
    }
}
