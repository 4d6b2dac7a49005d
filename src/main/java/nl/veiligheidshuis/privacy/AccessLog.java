package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who read or changed which case data, when, through which channel and why. */
@Service
public class AccessLog {

    /** Through which door the data was reached (at most 16 characters: the column's length). */
    public enum Channel {
        API,
        TASKLIST,
        COCKPIT,
        ENGINE_REST,
        PROCESS
    }

    private final AccessLogRepository entries;
    private final Clock clock;

    AccessLog(AccessLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Joins the caller's transaction: a change and its log entry are stored together or not at all. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String userId, List<String> groups, String caseNumber, Long subjectId, AccessAction action, Channel channel,
            String purpose) {
        String organisation = groups == null ? null : String.join(",", groups);
        entries.save(new AccessLogEntry(clock.instant(), userId == null ? "system" : userId, organisation, caseNumber, subjectId, action,
                channel.name(), purpose));
    }

    public List<AccessLogEntry> forCase(String caseNumber) {
        return entries.findByCaseNumberOrderByOccurredAt(caseNumber);
    }
}
