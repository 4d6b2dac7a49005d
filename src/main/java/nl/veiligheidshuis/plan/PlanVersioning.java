package nl.veiligheidshuis.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A new version of a plan against the previous one (§3.2, §5.5.2): which agreement is which (a stable key), which
 * partners must confirm again and whose confirmation carries over.
 * <ul>
 * <li>An agreement equal in content to one of the previous version keeps that agreement's key and status; else one
 * in the same slot with the same partner is the same agreement, edited (the form prefills slot n with the previous
 * version's n-th agreement); anything else is a new agreement with a new key.</li>
 * <li>A partner must confirm when its agreements (keys and content) differ from the previous version's, or when it
 * did not confirm the previous version (it rejected it, or there was none). Everyone else keeps its confirmation.</li>
 * </ul>
 */
final class PlanVersioning {

    /** An agreement of the new version; {@code previousDueDate} is the due date it had when it is the same agreement. */
    record Planned(int slot, String key, AgreementContent content, AgreementStatus status, LocalDate previousDueDate) {
    }

    /** The new version's agreements, the partners that must confirm it and those whose confirmation carries over. */
    record Outcome(List<Planned> agreements, List<String> partnersToConfirm, List<String> carriedPartners, List<String> droppedPartners) {
    }

    /** One agreement of the previous version, in the order the form prefilled them (position 1 = slot 1). */
    record Previous(String key, AgreementContent content, AgreementStatus status) {
    }

    /** A submitted agreement in a slot. */
    record Submitted(int slot, AgreementContent content) {
    }

    private PlanVersioning() {
    }

    /**
     * @param previous the previous version's agreements in prefill order (empty for a case's first plan)
     * @param confirmedBefore partners that confirmed the previous version (own decision or carried over)
     * @param submitted the new version's agreements in slot order
     * @param nextKeyNumber the first free key number of the case ({@code A<n>})
     */
    static Outcome plan(List<Previous> previous, Set<String> confirmedBefore, List<Submitted> submitted, int nextKeyNumber) {
        boolean[] taken = new boolean[previous.size()];
        Planned[] planned = new Planned[submitted.size()];
        // 1. the very same agreement, wherever it moved
        for (int i = 0; i < submitted.size(); i++) {
            for (int p = 0; p < previous.size(); p++) {
                if (!taken[p] && previous.get(p).content().equals(submitted.get(i).content())) {
                    taken[p] = true;
                    planned[i] = same(submitted.get(i), previous.get(p));
                    break;
                }
            }
        }
        // 2. the agreement prefilled in this slot, edited, still with the same partner
        for (int i = 0; i < submitted.size(); i++) {
            int p = submitted.get(i).slot() - 1;
            if (planned[i] == null && p < previous.size() && !taken[p]
                    && previous.get(p).content().partner().equals(submitted.get(i).content().partner())) {
                taken[p] = true;
                planned[i] = same(submitted.get(i), previous.get(p));
            }
        }
        // 3. new agreements
        int next = nextKeyNumber;
        for (int i = 0; i < submitted.size(); i++) {
            if (planned[i] == null) {
                planned[i] = new Planned(submitted.get(i).slot(), "A" + next++, submitted.get(i).content(), AgreementStatus.OPEN, null);
            }
        }
        List<Planned> agreements = List.of(planned);

        Set<String> partners = new LinkedHashSet<>();
        agreements.forEach(a -> partners.add(a.content().partner()));
        List<String> toConfirm = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        for (String partner : partners) {
            boolean unchanged = signature(agreements.stream().map(a -> new Previous(a.key(), a.content(), a.status())).toList(), partner)
                    .equals(signature(previous, partner));
            if (unchanged && confirmedBefore.contains(partner)) {
                carried.add(partner);
            } else {
                toConfirm.add(partner);
            }
        }
        List<String> dropped = previous.stream().map(p -> p.content().partner()).distinct().filter(p -> !partners.contains(p)).toList();
        return new Outcome(agreements, toConfirm, carried, dropped);
    }

    private static Planned same(Submitted submitted, Previous previous) {
        return new Planned(submitted.slot(), previous.key(), submitted.content(), previous.status(), previous.content().dueDate());
    }

    /** A partner's agreements as key and content, ordered by key: equal when nothing of that partner changed. */
    private static List<String> signature(List<Previous> agreements, String partner) {
        return agreements.stream().filter(a -> a.content().partner().equals(partner))
                .sorted(Comparator.comparing(Previous::key))
                .map(a -> a.key() + "|" + a.content())
                .toList();
    }

    /** The number in a key {@code A12}, or 0. */
    static int keyNumber(String key) {
        try {
            return Integer.parseInt(key.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Partners of a version's agreements, in slot order. */
    static List<String> partnersOf(List<Agreement> agreements) {
        return agreements.stream().map(Agreement::getPartnerGroup).distinct().toList();
    }
}
