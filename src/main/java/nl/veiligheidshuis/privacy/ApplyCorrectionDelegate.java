package nl.veiligheidshuis.privacy;

import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.stereotype.Component;

/** Correction: the new value goes into every row of the person in the region's cases, each change logged. */
@Component(SubjectRequestProcess.APPLY_CORRECTION_DELEGATE)
class ApplyCorrectionDelegate extends SubjectRequestDecisionDelegate {

    ApplyCorrectionDelegate(SubjectRequests requests, CurrentCaller currentCaller) {
        super(requests, currentCaller, SubjectRequest.Kind.CORRECTION);
    }
}
