package nl.veiligheidshuis.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.InvolvementRepository;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.privacy.PersonInCases;
import nl.veiligheidshuis.privacy.SubjectExportSection;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The escalation record's rules, without the engine: what each level must give with its decision, how deadlines,
 * send-backs and the national level close an escalation, who is told and who may read the texts.
 */
@IntegrationTest
class EscalationsTest {

    static final Caller POLITIE = new Caller("politie.utrecht", List.of("politie"), List.of("utrecht"));
    static final Caller GEMEENTE = new Caller("gemeente.utrecht", List.of("gemeente"), List.of("utrecht"));
    static final Caller GGZ = new Caller("ggz.utrecht", List.of("ggz"), List.of("utrecht"));
    static final Caller TACTICAL = new Caller("tactisch-overleg.utrecht", List.of("tactisch-overleg"), List.of("utrecht"));
    static final Caller STEERING_GROUP = new Caller("stuurgroep.utrecht", List.of("stuurgroep"), List.of("utrecht"));
    static final Caller NATIONAL = new Caller("landelijk", List.of("landelijk-overleg"), List.of());

    @Autowired
    Escalations escalations;

    @Autowired
    EscalationRecords records;

    @Autowired
    EscalationLevelRepository levels;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    EscalationDataDestroyer destroyer;

    @Autowired
    @Qualifier("escalationExportSection")
    SubjectExportSection exportSection;

    @Autowired
    Involvements involvements;

    @Autowired
    InvolvementRepository involvementRows;

    private CaseFile caseFile;

    @BeforeEach
    void aUtrechtCaseReferredByThePoliceWithTheMunicipalityInvolved() {
        String number = "VH-2099-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        caseFile = cases.save(new CaseFile(number, "utrecht", CaseType.PERSON, "PARTNER", "politie", Instant.now()));
        involvements.involve(caseFile.getId(), "politie", Involvement.Reason.REFERRER);
        involvements.involve(caseFile.getId(), "gemeente", Involvement.Reason.SELECTED);
    }

    private Escalation raised(String reason) {
        return escalations.raiseForCase(caseFile.getCaseNumber(), new CaseEscalationRequest(reason, "Afspraak niet nagekomen",
                "Teamleider gebeld"), POLITIE, AccessLog.Channel.API);
    }

    private static Escalations.DecisionInput decision(String decision, String text, String measures, String reason) {
        return new Escalations.DecisionInput(decision, text, measures, reason);
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e).getErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void theEscalatingPartnerBecomesInvolvedAndTheLevelBelowTheTacticalMeetingIsThatPartner() {
        Escalation escalation = raised("DISAGREEMENT");

        assertThat(escalation.getEscalatingPartner()).isEqualTo("politie");
        assertThat(involvementRows.findByCaseIdAndEndedAtIsNull(caseFile.getId()))
                .extracting(i -> i.getPartnerGroup() + ":" + i.getReason()).contains("politie:ESCALATION");
        assertThat(escalation.reference()).isEqualTo("ESC-utrecht-" + escalation.getId());
        assertThat(escalation.businessKey()).isEqualTo(caseFile.getCaseNumber());
        assertThat(involvements.isInvolved(caseFile.getId(), "politie")).isTrue();
        Escalations.OpenedLevel opened = escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P10D");
        assertThat(opened.lowerLevelGroup()).isEqualTo("politie");
        assertThat(opened.dueAt()).isAfter(Instant.now().plusSeconds(9 * 24 * 3600));
        assertThatThrownBy(() -> escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P10D"))
                .as("one open level at a time").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyDecisionNeedsItsTextsAndTheNationalMeetingCannotEscalateFurther() {
        Escalation escalation = raised("CAPACITY");
        escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P10D");

        assertThatThrownBy(() -> escalations.decide(escalation.getId(), decision("MAYBE", null, null, null), "t"))
                .satisfies(e -> assertThat(fields(e)).containsExactly(EscalationProcess.ESCALATION_DECISION));
        assertThatThrownBy(() -> escalations.decide(escalation.getId(), decision("RESOLVED", " ", null, null), "t"))
                .satisfies(e -> assertThat(fields(e)).containsExactly(EscalationProcess.ESCALATION_DECISION_TEXT,
                        EscalationProcess.ESCALATION_MEASURES))
                .hasMessageContaining("Beschrijf het besluit");
        assertThatThrownBy(() -> escalations.decide(escalation.getId(), decision("SEND_BACK", null, null, null), "t"))
                .satisfies(e -> assertThat(fields(e)).containsExactly(EscalationProcess.ESCALATION_DECISION_REASON));
        assertThatThrownBy(() -> escalations.decide(escalation.getId(), decision("ESCALATE", null, null, "x".repeat(4001)), "t"))
                .hasMessageContaining("Maximaal 4000 tekens");
        assertThat(levels.findByEscalationIdOrderBySeq(escalation.getId())).allMatch(EscalationLevel::isOpen);

        escalations.decide(escalation.getId(), decision("ESCALATE", null, null, "Geen overeenstemming"), "tactisch-overleg.utrecht");
        escalations.openLevel(escalation.getId(), "TACTICAL", "STRATEGIC", "stuurgroep", "P14D");
        escalations.decide(escalation.getId(), decision("ESCALATE", null, null, "Landelijk knelpunt"), "stuurgroep.utrecht");
        escalations.openLevel(escalation.getId(), "STRATEGIC", "NATIONAL", "landelijk-overleg", "P28D");

        assertThatThrownBy(() -> escalations.decide(escalation.getId(), decision("ESCALATE", null, null, "Hoger"), "landelijk"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hoogste niveau");
        Escalations.DecisionOutcome outcome = escalations.decide(escalation.getId(),
                decision("RESOLVED", "Landelijke afspraak over capaciteit", "Ministerie stelt middelen beschikbaar", null), "landelijk");

        assertThat(outcome).isEqualTo(new Escalations.DecisionOutcome(LevelDecision.RESOLVED, Level.NATIONAL));
        Escalation resolved = escalations.byId(escalation.getId());
        assertThat(resolved.getStatus()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(resolved.getHighestLevel()).isEqualTo(Level.NATIONAL);
        assertThat(resolved.getClosedAt()).isNotNull();
        assertThat(levels.findByEscalationIdOrderBySeq(escalation.getId())).extracting(l -> l.getLevel() + ":" + l.getOutcome())
                .containsExactly("TACTICAL:ESCALATED", "STRATEGIC:ESCALATED", "NATIONAL:RESOLVED");
    }

    @Test
    void aDecisionAfterTheDeadlineIsRecordedAsLate() {
        Escalation escalation = raised("DISAGREEMENT");
        escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "PT0S");

        escalations.decide(escalation.getId(), decision("ESCALATE", null, null, "Te laat, maar toch"), "tactisch-overleg.utrecht");

        assertThat(levels.findByEscalationIdOrderBySeq(escalation.getId()).get(0).getTiming()).isEqualTo(Timing.LATE);
    }

    @Test
    void deadlinesThatPassClimbAndAtNationalLevelTheEscalationEndsUnansweredAndTheInvolvementForItEnds() {
        Escalation escalation = raised("ACUTE_RISK");
        escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P2D");
        assertThat(escalations.timeOut(escalation.getId())).isEqualTo(Level.TACTICAL);
        escalations.openLevel(escalation.getId(), "TACTICAL", "STRATEGIC", "stuurgroep", "P2D");
        assertThat(escalations.timeOut(escalation.getId())).isEqualTo(Level.STRATEGIC);
        assertThat(escalations.byId(escalation.getId()).isOpen()).isTrue();
        escalations.openLevel(escalation.getId(), "STRATEGIC", "NATIONAL", "landelijk-overleg", "P7D");

        assertThat(escalations.timeOut(escalation.getId())).isEqualTo(Level.NATIONAL);

        assertThat(escalations.byId(escalation.getId()).getStatus()).isEqualTo(EscalationStatus.UNANSWERED);
        assertThat(escalations.history(escalation.getId())).extracting(l -> l.level() + ":" + l.outcome() + ":" + l.timing())
                .containsExactly("TACTICAL:TIMED_OUT:TIMED_OUT", "STRATEGIC:TIMED_OUT:TIMED_OUT", "NATIONAL:TIMED_OUT:TIMED_OUT");
        assertThat(involvementRows.findByCaseIdAndEndedAtIsNull(caseFile.getId())).as("the referrer stays, the escalation ended")
                .extracting(i -> i.getPartnerGroup() + ":" + i.getReason()).containsExactlyInAnyOrder("politie:REFERRER", "gemeente:SELECTED");
    }

    @Test
    void theLevelBelowTakesBackWhatIsSentBackOrEscalatesAgainWithAReason() {
        Escalation escalation = raised("DISAGREEMENT");
        escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P10D");
        assertThatThrownBy(() -> escalations.respond(escalation.getId(), new Escalations.ResponseInput("TAKE_BACK", null), "politie.utrecht"))
                .as("nothing was sent back").isInstanceOf(IllegalStateException.class);

        escalations.decide(escalation.getId(), decision("SEND_BACK", null, null, "Eerst samen op huisbezoek"), "tactisch-overleg.utrecht");
        assertThat(escalations.byId(escalation.getId()).getAtLevel()).isEqualTo(Level.OPERATIONAL);

        assertThatThrownBy(() -> escalations.respond(escalation.getId(), new Escalations.ResponseInput(null, null), "politie.utrecht"))
                .satisfies(e -> assertThat(fields(e)).containsExactly(EscalationProcess.ESCALATION_RESPONSE));
        assertThatThrownBy(() -> escalations.respond(escalation.getId(), new Escalations.ResponseInput("ESCALATE_AGAIN", " "),
                "politie.utrecht")).satisfies(e -> assertThat(fields(e)).containsExactly(EscalationProcess.ESCALATION_RESPONSE_REASON));

        assertThat(escalations.respond(escalation.getId(), new Escalations.ResponseInput("TAKE_BACK", null), "politie.utrecht"))
                .isEqualTo(SentBackResponse.TAKE_BACK);
        Escalation takenBack = escalations.byId(escalation.getId());
        assertThat(takenBack.getStatus()).isEqualTo(EscalationStatus.TAKEN_BACK);
        assertThat(levels.findByEscalationIdOrderBySeq(escalation.getId()).get(0).getRespondedBy()).isEqualTo("politie.utrecht");
    }

    @Test
    void theCaseDirectorOrProcessDirectionCarriesItOutAndTheInvolvedAndTheEscalatingPartnerAreTold() {
        Escalation escalation = raised("DISAGREEMENT");

        assertThat(escalations.feedback(escalation.getId(), "jeugdzorg"))
                .isEqualTo(new Escalations.Feedback("jeugdzorg", List.of("politie", "gemeente")));
        assertThat(escalations.feedback(escalation.getId(), null).group()).isEqualTo("procesregie");
        Escalation structural = escalations.raiseStructural(new StructuralEscalationRequest("utrecht", "TACTICAL", "CAPACITY",
                "Wachtlijst"), new Caller("vh-manager.utrecht", List.of("vh-manager"), List.of("utrecht")));
        assertThat(escalations.feedback(structural.getId(), null)).isEqualTo(new Escalations.Feedback("procesregie", List.of()));
        assertThat(structural.businessKey()).isEqualTo(structural.reference());
    }

    @Test
    void aClosedCaseCannotBeEscalatedAnyMore() {
        caseFile.close(CaseStatus.CLOSED, "afgesloten", Instant.now());
        cases.save(caseFile);

        assertThatThrownBy(() -> raised("DISAGREEMENT")).isInstanceOf(NotPermittedException.class).hasMessageContaining("afgesloten");
        assertThatThrownBy(() -> escalations.raiseForAgreement(caseFile.getId(), "AFSPRAAK-1", null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> escalations.raiseForAgreement(caseFile.getId(), " ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void involvedPartnersAndTheGovernanceLevelsReachedReadTheFullRecordOthersDoNot() {
        Escalation escalation = raised("DISAGREEMENT");
        escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P10D");

        assertThat(records.read(escalation.getId(), POLITIE).whatHappened()).isEqualTo("Afspraak niet nagekomen");
        assertThat(records.read(escalation.getId(), GEMEENTE).whatWasTried()).isEqualTo("Teamleider gebeld");
        assertThat(records.read(escalation.getId(), TACTICAL).escalatedBy()).isEqualTo("politie.utrecht");
        assertThatThrownBy(() -> records.read(escalation.getId(), GGZ)).isInstanceOf(EscalationNotFoundException.class);
        assertThatThrownBy(() -> records.read(escalation.getId(), STEERING_GROUP)).as("not reached yet")
                .isInstanceOf(EscalationNotFoundException.class);
        assertThatThrownBy(() -> records.read(escalation.getId(), NATIONAL)).isInstanceOf(EscalationNotFoundException.class);
        assertThatThrownBy(() -> escalations.raiseForCase(caseFile.getCaseNumber(), new CaseEscalationRequest("DISAGREEMENT", "x", "y"),
                GGZ, AccessLog.Channel.API)).isInstanceOf(CaseNotFoundException.class);

        escalations.decide(escalation.getId(), decision("ESCALATE", null, null, "Geen overeenstemming"), "tactisch-overleg.utrecht");
        escalations.openLevel(escalation.getId(), "TACTICAL", "STRATEGIC", "stuurgroep", "P14D");
        assertThat(records.read(escalation.getId(), STEERING_GROUP).levels()).hasSize(2);
        assertThat(records.read(escalation.getId(), STEERING_GROUP).levels().get(0).decisionReason()).isEqualTo("Geen overeenstemming");
    }

    @Test
    void theCasesEscalationsAreInTheAccessExportAndGoWithTheCasesDestruction() {
        Escalation escalation = raised("DISAGREEMENT");
        escalations.openLevel(escalation.getId(), "OPERATIONAL", "TACTICAL", "tactisch-overleg", "P10D");
        escalations.decide(escalation.getId(), decision("RESOLVED", "Besluit", "Maatregelen", null), "tactisch-overleg.utrecht");
        PersonInCases person = new PersonInCases(null, List.of(), List.of(caseFile), List.of());

        @SuppressWarnings("unchecked")
        List<EscalationRecords.EscalationView> exported = (List<EscalationRecords.EscalationView>) exportSection.export(person);
        assertThat(exportSection.name()).isEqualTo("escalations");
        assertThat(exported).singleElement().satisfies(view -> {
            assertThat(view.whatHappened()).isEqualTo("Afspraak niet nagekomen");
            assertThat(view.levels()).extracting(EscalationRecords.LevelView::measures).containsExactly("Maatregelen");
        });

        assertThat(destroyer.destroyCase(caseFile.getId(), caseFile.getCaseNumber()))
                .containsExactly(Map.entry("vh_escalation_level", 1), Map.entry("vh_escalation", 1));
        assertThat(levels.findByEscalationIdOrderBySeq(escalation.getId())).isEmpty();
        assertThat(exportSection.export(person)).asList().isEmpty();
    }

    @Test
    void responseTermsFromTheRoutingTableAreDaysOrCalendarPeriods() {
        Instant from = Instant.parse("2026-01-31T10:00:00Z");

        assertThat(Escalations.dueAfter(from, "P10D")).isEqualTo(Instant.parse("2026-02-10T10:00:00Z"));
        assertThat(Escalations.dueAfter(from, "P1M")).isEqualTo(ZonedDateTime.parse("2026-02-28T11:00:00+01:00[Europe/Amsterdam]").toInstant());
        assertThatThrownBy(() -> Escalations.dueAfter(from, "tien dagen")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Escalations.dueAfter(from, null)).isInstanceOf(IllegalStateException.class);
    }
}
