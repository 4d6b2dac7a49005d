package nl.veiligheidshuis.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Clusters one region's cases waiting for a conference into the week's conference slots (casusoverleggen), so that
 * cases needing the same partners are discussed in the same meeting and each partner sits in as few meetings as
 * possible. Pure Java over records: no Spring, no engine, no database.
 *
 * <p>The rules, in this order:
 * <ol>
 * <li>Cases are taken by urgency: triage priority ({@code URGENT}, {@code HIGH}, {@code NORMAL}, none), then the
 * earliest due moment (none last), then the case number.</li>
 * <li>Each case joins the open slot (fewer than {@code maxCasesPerSlot} cases) whose partners overlap most with its
 * own, when that overlap (shared partners / partners of either, Jaccard) is at least {@code minOverlap}; on equal
 * overlap the earlier slot wins. Otherwise it opens a new slot. A slot's partners are all partners of its cases.</li>
 * <li>Slots are numbered from 1 in the order they were opened, which is the urgency of their most urgent case.</li>
 * </ol>
 * The same input (in any order) always gives the same slots.
 */
public final class ConferencePlanner {

    public static final int DEFAULT_MAX_CASES_PER_SLOT = 6;
    /** Half of the partners of case and slot together are shared: "the same or largely overlapping". */
    public static final double DEFAULT_MIN_OVERLAP = 0.5;

    /** A case waiting for its conference: the partners it needs (group ids), its priority and when it is due. */
    public record WaitingCase(String caseNumber, Set<String> partners, String priority, Instant due) {

        public WaitingCase {
            Objects.requireNonNull(caseNumber, "caseNumber");
            partners = partners == null ? Set.of() : Set.copyOf(partners);
        }
    }

    /** One conference meeting of the week: its partners (sorted) and its cases (most urgent first). */
    public record Slot(int number, SortedSet<String> partners, List<WaitingCase> cases) {

        public Slot {
            partners = new TreeSet<>(partners);
            cases = List.copyOf(cases);
        }

        public List<String> caseNumbers() {
            return cases.stream().map(WaitingCase::caseNumber).toList();
        }
    }

    private static final Comparator<WaitingCase> BY_URGENCY = Comparator
            .comparingInt((WaitingCase waiting) -> priorityRank(waiting.priority()))
            .thenComparing(WaitingCase::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WaitingCase::caseNumber);

    private final int maxCasesPerSlot;
    private final double minOverlap;

    public ConferencePlanner(int maxCasesPerSlot, double minOverlap) {
        if (maxCasesPerSlot < 1) {
            throw new IllegalArgumentException("maxCasesPerSlot must be at least 1, was " + maxCasesPerSlot);
        }
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            throw new IllegalArgumentException("minOverlap must be in (0, 1], was " + minOverlap);
        }
        this.maxCasesPerSlot = maxCasesPerSlot;
        this.minOverlap = minOverlap;
    }

    public ConferencePlanner(int maxCasesPerSlot) {
        this(maxCasesPerSlot, DEFAULT_MIN_OVERLAP);
    }

    public int maxCasesPerSlot() {
        return maxCasesPerSlot;
    }

    public List<Slot> plan(List<WaitingCase> waiting) {
        List<WaitingCase> ordered = new ArrayList<>(waiting);
        ordered.sort(BY_URGENCY);
        List<OpenSlot> slots = new ArrayList<>();
        for (WaitingCase next : ordered) {
            OpenSlot best = null;
            double bestOverlap = 0;
            for (OpenSlot slot : slots) {
                if (slot.cases.size() >= maxCasesPerSlot) {
                    continue;
                }
                double overlap = overlap(slot.partners, next.partners());
                if (overlap >= minOverlap && overlap > bestOverlap) {
                    best = slot;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                best = new OpenSlot();
                slots.add(best);
            }
            best.cases.add(next);
            best.partners.addAll(next.partners());
        }
        List<Slot> result = new ArrayList<>();
        for (OpenSlot slot : slots) {
            result.add(new Slot(result.size() + 1, slot.partners, slot.cases));
        }
        return result;
    }

    /** Shared partners divided by all partners of both; two cases without partners overlap fully. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }

    static int priorityRank(String priority) {
        if (priority == null) {
            return 3;
        }
        return switch (priority) {
            case "URGENT" -> 0;
            case "HIGH" -> 1;
            case "NORMAL" -> 2;
            default -> 3;
        };
    }

    private static final class OpenSlot {
        final SortedSet<String> partners = new TreeSet<>();
        final List<WaitingCase> cases = new ArrayList<>();
    }
}
