package nl.veiligheidshuis.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.veiligheidshuis.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

/** The reason an escalation ends with when its case closes: how the case closed, in Dutch; never for an active case. */
class EscalationClosureReasonTest {

    @Test
    void eachClosedStatusGivesItsOwnReason() {
        assertThat(Escalations.closureReason(CaseStatus.CLOSED)).isEqualTo("casus afgesloten (afgeschaald)");
        assertThat(Escalations.closureReason(CaseStatus.WITHDRAWN)).isEqualTo("casus afgesloten (ingetrokken)");
        assertThat(Escalations.closureReason(CaseStatus.REFUSED_NOT_COMPLEX)).isEqualTo("casus afgesloten (niet complex, geweigerd)");
        assertThat(Escalations.closureReason(CaseStatus.CLOSED_INCOMPLETE)).isEqualTo("casus afgesloten (onvolledig)");
    }

    @Test
    void anActiveCaseEndsNoEscalation() {
        assertThatThrownBy(() -> Escalations.closureReason(CaseStatus.ACCEPTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Escalations.closureReason(CaseStatus.REGISTERED)).isInstanceOf(IllegalArgumentException.class);
    }
}
