package nl.veiligheidshuis.casefile;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need to know: which partners are involved in a case, while they are (design.md, data rules). A partner becomes
 * involved by referring, being selected for the conference, holding an agreement or an escalation; involvement
 * ends when its reason ends and at closure. Each change is published as {@link InvolvementChanged}, so the
 * engine's authorizations follow it in the same transaction.
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

    /** Ends one reason of a partner's involvement; the partner loses sight only when no reason is left. */
    @Transactional
    public void end(Long caseId, String partnerGroup, Involvement.Reason reason) {
        List<Involvement> active = involvements.findByCaseIdAndEndedAtIsNull(caseId);
        active.stream().filter(i -> i.getPartnerGroup().equals(partnerGroup) && i.getReason().equals(reason.name()))
                .forEach(i -> i.end(clock.instant()));
        boolean stillInvolved = active.stream().anyMatch(i -> i.getPartnerGroup().equals(partnerGroup) && i.getEndedAt() == null);
        if (!stillInvolved) {
            events.publishEvent(new InvolvementChanged(caseId, partnerGroup, false));
        }
    }

    /** At closure: every partner loses sight of the case. */
    @Transactional
    public void endAll(Long caseId) {
        List<Involvement> active = involvements.findByCaseIdAndEndedAtIsNull(caseId);
        active.forEach(i -> i.end(clock.instant()));
        active.stream().map(Involvement::getPartnerGroup).distinct()
                .forEach(partner -> events.publishEvent(new InvolvementChanged(caseId, partner, false)));
    }

    @Transactional(readOnly = true)
    public List<String> activePartners(Long caseId) {
        return involvements.findByCaseIdAndEndedAtIsNull(caseId).stream().map(Involvement::getPartnerGroup).distinct().toList();
    }

    @Transactional(readOnly = true)
    public boolean isInvolved(Long caseId, String partnerGroup) {
        return involvements.findByCaseIdAndEndedAtIsNull(caseId).stream().anyMatch(i -> i.getPartnerGroup().equals(partnerGroup));
    }
}
