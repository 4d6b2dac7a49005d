package nl.veiligheidshuis.funding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly national contribution in the application's tables: a round per year, the regions' shares (decided by the
 * national meeting, {@link FundingSplit}), each region's split over its locations (decided by its steering group), and
 * who may read what. Holds no personal data; no engine API here.
 */
@Service
public class FundingRounds {

    /** A region's share as it goes to the region's part of the process. */
    public record RegionShare(String region, String seatMunicipality, long amountCents) {
    }

    /** The national split as the form gave it, checked. */
    record NationalSplit(long totalCents, Map<String, Integer> weights) {
    }

    /** What {@code GET /api/funding/{year}} answers; {@code regions} only those the caller may see. */
    public record RoundView(int year, long totalCents, String total, String weights, String status, String decidedBy,
            java.time.Instant decidedAt, List<RegionView> regions) {
    }

    public record RegionView(String region, String regionName, String seatMunicipality, int weight, long amountCents, String amount,
            String status, String decidedBy, java.time.Instant decidedAt, List<LocationView> locations) {
    }

    public record LocationView(String name, long amountCents, String amount) {
    }

    private final FundingRoundRepository rounds;
    private final FundingRegionShareRepository regionShares;
    private final FundingLocationShareRepository locationShares;
    private final RegionRepository regions;
    private final Clock clock;

    FundingRounds(FundingRoundRepository rounds, FundingRegionShareRepository regionShares, FundingLocationShareRepository locationShares,
            RegionRepository regions, Clock clock) {
        this.rounds = rounds;
        this.regionShares = regionShares;
        this.locationShares = locationShares;
        this.regions = regions;
        this.clock = clock;
    }

    /** The region ids, sorted: the order of the split (the first regions get the odd cents). */
    public List<String> regionIds() {
        return regions.findAll().stream().map(Region::getId).sorted().toList();
    }

    boolean exists(int year) {
        return rounds.existsByYear(year);
    }

    /** A new round, PROPOSED: the national meeting still decides total and weights in its task. */
    @Transactional
    public long open(int year, long totalCents, Map<String, Integer> weights, String by) {
        return rounds.saveAndFlush(new FundingRound(year, totalCents, FundingInput.weightsText(weights), by, clock.instant())).getId();
    }

    @Transactional
    public void attachProcess(long roundId, String processInstanceId) {
        round(roundId).attachProcess(processInstanceId);
    }

    /** Reads the national form; {@link FundingInput.WrongInput} with a Dutch message when it is wrong. */
    NationalSplit checkNationalSplit(String totalAmount, String weightsText) {
        long totalCents;
        try {
            totalCents = Euros.parse(totalAmount);
        } catch (IllegalArgumentException notAnAmount) {
            throw new FundingInput.WrongInput("Totaalbedrag: " + notAnAmount.getMessage());
        }
        if (totalCents <= 0 || totalCents > FundingSplit.MAX_TOTAL_CENTS) {
            throw new FundingInput.WrongInput("Totaalbedrag: meer dan € 0,00 en ten hoogste " + Euros.format(FundingSplit.MAX_TOTAL_CENTS));
        }
        return new NationalSplit(totalCents, FundingInput.weights(weightsText, regionIds()));
    }

    /** The national meeting decides: total and weights are fixed and every region gets its share. */
    @Transactional
    public List<RegionShare> decideRegionShares(long roundId, String totalAmount, String weightsText, String by) {
        NationalSplit split = checkNationalSplit(totalAmount, weightsText);
        FundingRound round = round(roundId);
        if (FundingRound.DECIDED.equals(round.getStatus())) {
            throw new IllegalStateException("De verdeling van " + round.getYear() + " is al vastgesteld");
        }
        Map<String, Region> byId = regions.findAll().stream().collect(Collectors.toMap(Region::getId, Function.identity()));
        Map<String, Integer> weights = FundingInput.complete(split.weights(), regionIds());
        Map<String, Long> amounts = FundingSplit.byWeights(split.totalCents(), weights);
        List<RegionShare> shares = new ArrayList<>();
        amounts.forEach((region, amount) -> {
            String seat = byId.get(region).getSeatMunicipality();
            regionShares.save(new FundingRegionShare(roundId, region, seat, weights.get(region), amount));
            shares.add(new RegionShare(region, seat, amount));
        });
        round.decide(split.totalCents(), FundingInput.weightsText(split.weights()), by, clock.instant());
        return shares;
    }

    /** {@code Utrecht (Utrecht): € 308.000,00}, one line per region: for the national task's history and Cockpit. */
    static String summary(List<RegionShare> shares) {
        return shares.stream().map(share -> "- " + share.region() + " (" + share.seatMunicipality() + "): " + Euros.format(share.amountCents()))
                .collect(Collectors.joining("\n"));
    }

    /** The regions' shares of a decided round, by region id. */
    @Transactional(readOnly = true)
    public List<RegionShare> shares(long roundId) {
        return regionShares.findByRoundIdOrderByRegionId(roundId).stream()
                .map(share -> new RegionShare(share.getRegionId(), share.getSeatMunicipality(), share.getAmountCents())).toList();
    }

    @Transactional
    public void attachRegionProcess(long roundId, String region, String processInstanceId) {
        share(roundId, region).attachProcess(processInstanceId);
    }

    /** Reads and checks a region's split; {@link FundingInput.WrongInput} with every broken rule when it is wrong. */
    @Transactional(readOnly = true)
    public List<FundingSplit.Location> checkLocations(long roundId, String region, String text) {
        FundingRegionShare share = share(roundId, region);
        List<FundingSplit.Location> locations = FundingInput.locations(text);
        List<String> problems = FundingSplit.checkLocations(share.getAmountCents(), locations);
        if (!problems.isEmpty()) {
            throw new FundingInput.WrongInput(String.join("; ", problems));
        }
        return locations;
    }

    /** The steering group decides its region's split over the locations. */
    @Transactional
    public void decideLocations(long roundId, String region, String text, String by) {
        List<FundingSplit.Location> locations = checkLocations(roundId, region, text);
        FundingRegionShare share = share(roundId, region);
        if (FundingRegionShare.DECIDED.equals(share.getStatus()) || locationShares.countByRoundIdAndRegionId(roundId, region) > 0) {
            throw new IllegalStateException("De verdeling over locaties van " + region + " is al vastgesteld");
        }
        locations.forEach(location -> locationShares.save(new FundingLocationShare(roundId, region, location.name().strip(),
                location.amountCents())));
        share.decide(by, clock.instant());
    }

    /**
     * The round of a year as the caller may see it: the national meeting every region and the weights, a region's
     * steering group or VH manager its own region(s) only (and the national total, which is public); anyone else is refused.
     */
    @Transactional(readOnly = true)
    public RoundView read(int year, Caller caller) {
        boolean national = caller.isMemberOf(Groups.NATIONAL_MEETING);
        boolean regional = caller.isMemberOf(Groups.STEERING_GROUP) || caller.isMemberOf(Groups.VH_MANAGER);
        if (!national && !regional) {
            throw new NotPermittedException("Alleen het landelijk overleg, de stuurgroep en de VH-manager zien de verdeling van de Rijksbijdrage");
        }
        FundingRound round = rounds.findByYear(year).orElseThrow(() -> new FundingNotFoundException(year));
        Map<String, String> names = regions.findAll().stream().collect(Collectors.toMap(Region::getId, Region::getName));
        Map<String, List<LocationView>> locations = new LinkedHashMap<>();
        locationShares.findByRoundIdOrderByRegionIdAscLocationNameAsc(round.getId()).forEach(location -> locations
                .computeIfAbsent(location.getRegionId(), region -> new ArrayList<>())
                .add(new LocationView(location.getLocationName(), location.getAmountCents(), Euros.format(location.getAmountCents()))));
        List<RegionView> shares = regionShares.findByRoundIdOrderByRegionId(round.getId()).stream()
                .filter(share -> national || caller.belongsTo(share.getRegionId()))
                .map(share -> new RegionView(share.getRegionId(), names.get(share.getRegionId()), share.getSeatMunicipality(), share.getWeight(),
                        share.getAmountCents(), Euros.format(share.getAmountCents()), share.getStatus(), share.getDecidedBy(),
                        share.getDecidedAt(), locations.getOrDefault(share.getRegionId(), List.of())))
                .sorted(Comparator.comparing(RegionView::region))
                .toList();
        // the weights of all regions would give away the other regions' shares: the national meeting only
        return new RoundView(round.getYear(), round.getTotalCents(), Euros.format(round.getTotalCents()), national ? round.getWeights() : null,
                round.getStatus(), round.getDecidedBy(), round.getDecidedAt(), shares);
    }

    private FundingRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("Geen verdeelronde " + roundId));
    }

    private FundingRegionShare share(long roundId, String region) {
        return regionShares.findByRoundIdAndRegionId(roundId, region)
                .orElseThrow(() -> new IllegalStateException("Geen regiobijdrage voor " + region + " in verdeelronde " + roundId));
    }
}
