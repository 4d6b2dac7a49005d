package nl.veiligheidshuis.conference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;

/**
 * Process direction's choice of the conference's participants: the proposal, plus partners it asks (the flexible
 * shell joins only when asked), minus proposed partners it drops, each change with its reason. The municipality
 * cannot be dropped: it always takes part.
 */
public final class ParticipantChoice {

    static final int MAX_REASON = 1000;

    /** A partner process direction added or dropped, with the reason. */
    public record Change(String partner, boolean added, String reason) {
    }

    /** The participants, in the fixed partner order, and the changes made to the proposal. */
    public record Result(List<String> participants, List<Change> changes) {
    }

    private ParticipantChoice() {
    }

    /**
     * @param reasons the reason per changed partner, keyed by {@link ConferencePartners#formKey} (or the group id)
     * @param names Dutch name of a partner, for the messages
     * @throws InvalidInputException one message per wrong field; nothing is decided
     */
    public static Result decide(Collection<String> proposed, Collection<String> added, Collection<String> dropped,
            Map<String, String> reasons, Function<String, String> names) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> participants = new LinkedHashSet<>(proposed);
        List<Change> changes = new ArrayList<>();
        for (String partner : new LinkedHashSet<>(added)) {
            if (!ConferencePartners.isPartner(partner)) {
                errors.add(new FieldError(ConferenceProcess.ADDED_PARTNERS, "Onbekende partner '" + partner + "'"));
            } else if (proposed.contains(partner)) {
                errors.add(new FieldError(ConferenceProcess.ADDED_PARTNERS, names.apply(partner) + " staat al in het voorstel"));
            } else {
                reasonFor(partner, true, reasons, names, errors).ifPresent(reason -> changes.add(new Change(partner, true, reason)));
                participants.add(partner);
            }
        }
        for (String partner : new LinkedHashSet<>(dropped)) {
            if (ConferencePartners.MUNICIPALITY.equals(partner)) {
                errors.add(new FieldError(ConferenceProcess.DROPPED_PARTNERS,
                        "De gemeente neemt altijd deel aan het casusoverleg (regie op de samenwerking) en kan niet vervallen"));
            } else if (!proposed.contains(partner)) {
                errors.add(new FieldError(ConferenceProcess.DROPPED_PARTNERS,
                        (ConferencePartners.isPartner(partner) ? names.apply(partner) : "'" + partner + "'") + " staat niet in het voorstel"));
            } else {
                reasonFor(partner, false, reasons, names, errors).ifPresent(reason -> changes.add(new Change(partner, false, reason)));
                participants.remove(partner);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Result(participants.stream().sorted(ConferencePartners.IN_ORDER).toList(), changes);
    }

    private static Optional<String> reasonFor(String partner, boolean added, Map<String, String> reasons,
            Function<String, String> names, List<FieldError> errors) {
        String key = ConferencePartners.formKey(partner);
        String reason = reasons.getOrDefault(key, reasons.get(partner));
        String field = ConferenceProcess.CHANGE_REASONS + "." + key;
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError(field, "Geef de reden waarom u " + names.apply(partner) + (added ? " toevoegt" : " laat vervallen")));
            return Optional.empty();
        }
        if (reason.length() > MAX_REASON) {
            errors.add(new FieldError(field, "De reden is te lang (ten hoogste " + MAX_REASON + " tekens)"));
            return Optional.empty();
        }
        return Optional.of(reason.trim());
    }
}
