package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.intake.ReferralRequest.Criteria;
import nl.veiligheidshuis.intake.ReferralRequest.Indicators;
import nl.veiligheidshuis.intake.ReferralRequest.SubjectData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for the default run: a few invented referrals in Utrecht and Rotterdam-Rijnmond, made through the same
 * path as the referral API, so that procesregie has a screening inbox on first login. Only on an empty case file.
 */
@Component
@ConditionalOnProperty(name = "vh.demo.cases", havingValue = "true")
class DemoCases {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

    private final ReferralIntake intake;
    private final CaseFileRepository cases;

    DemoCases(ReferralIntake intake, CaseFileRepository cases) {
        this.intake = intake;
        this.cases = cases;
    }

    @Order(3)
    @EventListener(ApplicationReadyEvent.class)
    public void referDemoCases() {
        if (cases.count() > 0) {
            return;
        }
        Caller politieUtrecht = new Caller("politie.utrecht", List.of("politie"), List.of("utrecht"));
        Caller gemeenteRotterdam = new Caller("gemeente.rotterdam-rijnmond", List.of("gemeente"), List.of("rotterdam-rijnmond"));
        intake.refer(youthCase("utrecht", "politie", "ZSM", "Sem", "de Vries", "999990019", true), politieUtrecht, null);
        intake.refer(youthCase("utrecht", "politie", "ZSM", "Daan", "Bakker", "999990032", false), politieUtrecht, null);
        intake.refer(youthCase("rotterdam-rijnmond", "gemeente", "PARTNER", "Lotte", "Jansen", "999990044", true), gemeenteRotterdam, null);
        LOG.info("Demo profile: 3 invented demo referrals registered (Utrecht, Rotterdam-Rijnmond)");
    }

    private static ReferralRequest youthCase(String region, String partner, String route, String givenName, String familyName, String bsn,
            boolean complex) {
        return new ReferralRequest(region, route, "PERSON", partner,
                complex ? "Verzonnen demo: jongere met schooluitval, drugsgebruik en huiselijk geweld; politie, zorg en gemeente nodig."
                        : "Verzonnen demo: eenmalig winkeldiefstal, verder geen zorgen; past in de eigen keten.",
                List.of(new SubjectData("SUBJECT", null, givenName, familyName, LocalDate.of(2009, 4, 1), bsn, "Utrecht"),
                        new SubjectData("FAMILY_MEMBER", "SIBLING", "Noor", familyName, LocalDate.of(2013, 9, 12), null, "Utrecht")),
                null,
                complex ? List.of("EDUCATION_WORK", "DRUG_USE", "PARTNER_FAMILY_RELATIONS", "CURRENT_OFFENCE") : List.of("CURRENT_OFFENCE"),
                new Criteria(true, complex ? 3 : 1, complex, !complex, false, complex, false),
                new Indicators(true, complex, false, false, true, false, false, false, false, false, complex, false, false, false),
                false, "lopend strafrechtelijk onderzoek", null, null);
    }
}
