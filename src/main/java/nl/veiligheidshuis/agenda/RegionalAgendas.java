package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategic agendas of the regions in the application's tables ({@code vh_regional_agenda},
 * {@code vh_agenda_priority}) and their rules: 1 to 10 priorities with distinct themes from {@link AgendaTheme},
 * ranked 1..n, each with a description (at most 500 characters), a target group and a lead partner that is a known
 * chain partner; a draft goes back only with a reason; at most one ADOPTED version per region and period (adopting a
 * new version supersedes the old one). The agenda holds no personal data, so every user of the region may read it and
 * its reads are not access-logged (the access log is for case data).
 */
@Service
public class RegionalAgendas {

    public static final int MIN_PRIORITIES = 1;
    public static final int MAX_PRIORITIES = 10;
    public static final int DESCRIPTION_MAX = 500;
    public static final int TARGET_GROUP_MAX = 200;
    public static final int REASON_MAX = 1000;
    /** A String process variable holds at most 4000 characters. */
    static final int SUMMARY_MAX = 3800;
    static final int SHORT_TEXT = 120;

    /** One priority as drafted, in rank order. */
    public record PriorityInput(String theme, String description, String targetGroup, String leadPartnerGroup) {
    }

    /** The draft version a drafting round works on, with the priorities to prefill the form with. */
    public record Draft(long agendaId, int version, List<PriorityInput> prefill) {
    }

    /** What the process keeps of a recorded draft. */
    public record Recorded(int priorityCount, String summary) {
    }

    public record PriorityView(int rank, AgendaTheme theme, String themeLabel, String description, String targetGroup,
            String leadPartnerGroup, String leadPartnerName) {
    }

    public record AgendaView(String region, String period, int version, AgendaStatus status, Instant draftedAt, Instant adoptedAt,
            String adoptedBy, List<PriorityView> priorities) {
    }

    private final RegionalAgendaRepository agendas;
    private final AgendaPriorityRepository priorities;
    private final PartnerGroupRepository partnerGroups;
    private final Clock clock;

    RegionalAgendas(RegionalAgendaRepository agendas, AgendaPriorityRepository priorities, PartnerGroupRepository partnerGroups, Clock clock) {
        this.agendas = agendas;
        this.priorities = priorities;
        this.partnerGroups = partnerGroups;
        this.clock = clock;
    }

    /**
     * The rules of a draft's priorities; empty when it is valid. Fields are named by the drafting form's row variables.
     */
    static List<FieldError> check(List<PriorityInput> input, Set<String> knownPartners) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null || input.size() < MIN_PRIORITIES) {
            errors.add(new FieldError(RegionalAgendaProcess.priorityTheme(1), "Geef ten minste één prioriteit"));
            return errors;
        }
        if (input.size() > MAX_PRIORITIES) {
            errors.add(new FieldError("priorities", "Een agenda heeft ten hoogste " + MAX_PRIORITIES + " prioriteiten"));
        }
        Set<AgendaTheme> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            int rank = i + 1;
            PriorityInput priority = input.get(i);
            String prefix = "Prioriteit " + rank + ": ";
            AgendaTheme theme = priority == null ? null : AgendaTheme.of(priority.theme());
            if (priority == null || theme == null) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityTheme(rank), prefix + "kies een thema uit de lijst"));
                continue;
            }
            if (!seen.add(theme)) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityTheme(rank), prefix + "het thema '" + theme.label()
                        + "' staat al hoger op de agenda; elk thema één keer"));
            }
            if (blank(priority.description())) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityDescription(rank), prefix + "beschrijf de prioriteit"));
            } else if (priority.description().strip().length() > DESCRIPTION_MAX) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityDescription(rank), prefix + "de beschrijving is ten hoogste "
                        + DESCRIPTION_MAX + " tekens"));
            }
            if (blank(priority.targetGroup())) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityTargetGroup(rank), prefix + "geef de doelgroep"));
            } else if (priority.targetGroup().strip().length() > TARGET_GROUP_MAX) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityTargetGroup(rank), prefix + "de doelgroep is ten hoogste "
                        + TARGET_GROUP_MAX + " tekens"));
            }
            if (blank(priority.leadPartnerGroup()) || !knownPartners.contains(priority.leadPartnerGroup())) {
                errors.add(new FieldError(RegionalAgendaProcess.priorityLeadPartner(rank), prefix
                        + "kies een ketenpartner die de leiding heeft"));
            }
        }
        return errors;
    }

    /** A sent-back draft needs a reason of at most {@link #REASON_MAX} characters; empty when it is valid. */
    static List<FieldError> checkReason(String reason) {
        if (blank(reason)) {
            return List.of(new FieldError(RegionalAgendaProcess.SENT_BACK_REASON, "Geef een reden als u de concept-agenda terugstuurt"));
        }
        if (reason.strip().length() > REASON_MAX) {
            return List.of(new FieldError(RegionalAgendaProcess.SENT_BACK_REASON, "De reden is ten hoogste " + REASON_MAX + " tekens"));
        }
        return List.of();
    }

    /**
     * The draft version the drafting form works on: the instance's own version while it is a draft (after a send back),
     * otherwise a new version (the start, or a revision after the review). A new version is prefilled with the adopted
     * agenda of the period or, failing that, the region's latest adopted agenda. The unique key (region, period,
     * version) refuses a concurrent second version.
     */
    @Transactional
    public Draft prepareDraft(String region, AgendaPeriod period, Long agendaId, String processInstanceId) {
        RegionalAgenda current = agendaId == null ? null : agendas.findById(agendaId).orElse(null);
        if (current != null && current.getStatus() == AgendaStatus.DRAFT) {
            List<PriorityInput> own = inputsOf(current.getId());
            return new Draft(current.getId(), current.getAgendaVersion(), own.isEmpty() ? prefill(region, period) : own);
        }
        int version = agendas.lastVersion(region, period.toString()) + 1;
        RegionalAgenda draft = agendas.saveAndFlush(new RegionalAgenda(region, period, version, processInstanceId, clock.instant()));
        return new Draft(draft.getId(), version, prefill(region, period));
    }

    /** Stores the VH manager's priorities on the draft (replacing earlier ones); InvalidInputException when they break a rule. */
    @Transactional
    public Recorded recordDraft(long agendaId, List<PriorityInput> input, String by) {
        List<FieldError> errors = check(input, knownPartners());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RegionalAgenda agenda = draft(agendaId);
        priorities.deleteByAgenda(agendaId);
        List<PriorityInput> stored = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            PriorityInput p = input.get(i);
            PriorityInput clean = new PriorityInput(p.theme(), p.description().strip(), p.targetGroup().strip(), p.leadPartnerGroup());
            priorities.save(new AgendaPriority(agendaId, i + 1, AgendaTheme.of(clean.theme()), clean.description(), clean.targetGroup(),
                    clean.leadPartnerGroup()));
            stored.add(clean);
        }
        agenda.drafted(by, clock.instant());
        agendas.save(agenda);
        return new Recorded(stored.size(), summary(agenda.getPeriod(), agenda.getAgendaVersion(), stored));
    }

    /** The steering group sends the draft back with a reason (InvalidInputException without one). */
    @Transactional
    public void sendBack(long agendaId, String reason, String by) {
        List<FieldError> errors = checkReason(reason);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RegionalAgenda agenda = draft(agendaId);
        agenda.sentBack(by, clock.instant(), reason.strip());
        agendas.save(agenda);
    }

    /** The steering group adopts the draft; the agenda adopted before for the region and period becomes SUPERSEDED. */
    @Transactional
    public void adopt(long agendaId, String by) {
        RegionalAgenda agenda = draft(agendaId);
        if (priorities.findByAgendaIdOrderByRank(agendaId).isEmpty()) {
            throw new IllegalStateException("Agenda " + agendaId + " has no priorities");
        }
        Instant now = clock.instant();
        for (RegionalAgenda adopted : agendas.findByRegionIdAndPeriodAndStatus(agenda.getRegionId(), agenda.getPeriod(), AgendaStatus.ADOPTED)) {
            adopted.supersede(now);
            agendas.saveAndFlush(adopted);
        }
        agenda.adopt(by, now);
        agendas.saveAndFlush(agenda);
    }

    /**
     * The adopted agenda of the region: of the given period, or without one the most recently adopted. Every user of
     * the region may read it (403 for other regions); AgendaNotFoundException (404) when there is none.
     */
    @Transactional(readOnly = true)
    public AgendaView readAdopted(String region, AgendaPeriod period, Caller caller) {
        if (!caller.belongsTo(region)) {
            throw new NotPermittedException("Alleen gebruikers van regio '" + region + "' lezen de strategische agenda van die regio");
        }
        RegionalAgenda agenda = (period == null
                ? agendas.findFirstByRegionIdAndStatusOrderByAdoptedAtDesc(region, AgendaStatus.ADOPTED)
                : agendas.findByRegionIdAndPeriodAndStatus(region, period.toString(), AgendaStatus.ADOPTED).stream().findFirst())
                .orElseThrow(() -> new AgendaNotFoundException(region, period));
        Map<String, String> names = partnerNames();
        List<PriorityView> views = priorities.findByAgendaIdOrderByRank(agenda.getId()).stream()
                .map(p -> new PriorityView(p.getRank(), p.getTheme(), p.getTheme().label(), p.getDescription(), p.getTargetGroup(),
                        p.getLeadPartnerGroup(), names.getOrDefault(p.getLeadPartnerGroup(), p.getLeadPartnerGroup())))
                .toList();
        return new AgendaView(agenda.getRegionId(), agenda.getPeriod(), agenda.getAgendaVersion(), agenda.getStatus(), agenda.getDraftedAt(),
                agenda.getAdoptedAt(), agenda.getAdoptedBy(), views);
    }

    private RegionalAgenda draft(long agendaId) {
        RegionalAgenda agenda = agendas.findById(agendaId).orElseThrow(() -> new IllegalStateException("No agenda " + agendaId));
        if (agenda.getStatus() != AgendaStatus.DRAFT) {
            throw new IllegalStateException("Agenda " + agendaId + " is " + agenda.getStatus() + ", not DRAFT");
        }
        return agenda;
    }

    private List<PriorityInput> prefill(String region, AgendaPeriod period) {
        return agendas.findByRegionIdAndPeriodAndStatus(region, period.toString(), AgendaStatus.ADOPTED).stream().findFirst()
                .or(() -> agendas.findFirstByRegionIdAndStatusOrderByAdoptedAtDesc(region, AgendaStatus.ADOPTED))
                .map(adopted -> inputsOf(adopted.getId()))
                .orElse(List.of());
    }

    private List<PriorityInput> inputsOf(Long agendaId) {
        return priorities.findByAgendaIdOrderByRank(agendaId).stream()
                .map(p -> new PriorityInput(p.getTheme().name(), p.getDescription(), p.getTargetGroup(), p.getLeadPartnerGroup()))
                .toList();
    }

    Set<String> knownPartners() {
        Set<String> ids = new HashSet<>();
        for (PartnerGroup group : partnerGroups.findAll()) {
            if (group.isChainPartner()) {
                ids.add(group.getId());
            }
        }
        return ids;
    }

    private Map<String, String> partnerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        partnerGroups.findAll().forEach(group -> names.put(group.getId(), group.getName()));
        return names;
    }

    /** For the adoption and review forms: themes, text and partner names; descriptions shortened if it gets too long. */
    String summary(String period, int version, List<PriorityInput> input) {
        Map<String, String> names = partnerNames();
        String full = summary(period, version, input, names, Integer.MAX_VALUE);
        String text = full.length() <= SUMMARY_MAX ? full : summary(period, version, input, names, SHORT_TEXT);
        return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
    }

    static String summary(String period, int version, List<PriorityInput> input, Map<String, String> partnerNames, int textMax) {
        StringBuilder text = new StringBuilder("Periode ").append(period).append(", versie ").append(version).append(": ")
                .append(input.size()).append(input.size() == 1 ? " prioriteit" : " prioriteiten").append(".\n");
        for (int i = 0; i < input.size(); i++) {
            PriorityInput p = input.get(i);
            AgendaTheme theme = AgendaTheme.of(p.theme());
            text.append("\n").append(i + 1).append(". **").append(theme == null ? p.theme() : theme.label()).append("**, trekker: ")
                    .append(partnerNames.getOrDefault(p.leadPartnerGroup(), p.leadPartnerGroup())).append("  \n")
                    .append("Doelgroep: ").append(cut(p.targetGroup(), textMax)).append("  \n")
                    .append(cut(p.description(), textMax)).append("\n");
        }
        return text.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
