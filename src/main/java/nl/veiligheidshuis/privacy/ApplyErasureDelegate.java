package nl.veiligheidshuis.privacy;

import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.stereotype.Component;

/** Erasure: the person's rows in closed cases are erased, each logged; rows in active cases stay, with the reason. */
@Component(SubjectRequestProcess.APPLY_ERASURE_DELEGATE)
class ApplyErasureDelegate extends SubjectRequestDecisionDelegate {

    ApplyErasureDelegate(SubjectRequests requests, CurrentCaller currentCaller) {
        super(requests, currentCaller, SubjectRequest.Kind.ERASURE);
    }
}
