package nl.veiligheidshuis.privacy;

import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.stereotype.Component;

/** Access: the export was sent (or nothing is held), or the request is refused with ground and explanation. */
@Component(SubjectRequestProcess.RECORD_ACCESS_ANSWER_DELEGATE)
class RecordAccessAnswerDelegate extends SubjectRequestDecisionDelegate {

    RecordAccessAnswerDelegate(SubjectRequests requests, CurrentCaller currentCaller) {
        super(requests, currentCaller, SubjectRequest.Kind.ACCESS);
    }
}
