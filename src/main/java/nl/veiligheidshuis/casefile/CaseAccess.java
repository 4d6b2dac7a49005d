package nl.veiligheidshuis.casefile;

import java.util.Set;
import nl.veiligheidshuis.organisation.Groups;
import org.springframework.stereotype.Component;

/**
 * Need to know (design.md, data rules): inside its region, process direction and the Veiligheidshuis manager
 * see every case; a partner sees a case only while it is involved in it. Nobody sees a case of another region.
 */
@Component
public class CaseAccess {

    static final Set<String> CORE_STAFF = Set.of(Groups.PROCESS_DIRECTION, Groups.VH_MANAGER);

    private final InvolvementRepository involvements;

    CaseAccess(InvolvementRepository involvements) {
        this.involvements = involvements;
    }

    public boolean maySee(Caller caller, CaseFile caseFile) {
        if (!caller.belongsTo(caseFile.getRegionId())) {
            return false;
        }
        if (caller.groups().stream().anyMatch(CORE_STAFF::contains)) {
            return true;
        }
        return involvements.findByCaseIdAndEndedAtIsNull(caseFile.getId()).stream()
                .anyMatch(involvement -> caller.isMemberOf(involvement.getPartnerGroup()));
    }
}
