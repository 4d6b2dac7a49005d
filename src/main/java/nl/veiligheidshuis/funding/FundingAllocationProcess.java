package nl.veiligheidshuis.funding;

import java.util.HashMap;
import java.util.Map;

/**
 * Process {@code funding-allocation} ({@code processes/funding-allocation.bpmn}): the yearly national contribution
 * (framework §5.8). One national instance per year, without tenant (business key {@code funding-<year>}): the national
 * meeting sets the total and the weights, the application records the regions' shares and starts, per region, an
 * instance of the same process in the region's tenant ({@code scope = REGION}, business key
 * {@code funding-<year>-<region>}), where the steering group splits the share over its locations. Key, element ids,
 * bean, form and variable names; the variables hold no personal data.
 */
public final class FundingAllocationProcess {

    public static final String KEY = "funding-allocation";

    // elements, in the order of the flow
    public static final String START_EVENT_ROUND_STARTS = "StartEvent_RoundStarts";
    public static final String GATEWAY_SCOPE = "Gateway_Scope";
    public static final String SEQUENCE_FLOW_NATIONAL = "SequenceFlow_National";
    public static final String SEQUENCE_FLOW_REGION = "SequenceFlow_Region";
    public static final String USER_TASK_DECIDE_NATIONAL_SPLIT = "UserTask_DecideNationalSplit";
    public static final String SERVICE_TASK_RECORD_REGION_SHARES = "ServiceTask_RecordRegionShares";
    public static final String SERVICE_TASK_START_REGION_SPLITS = "ServiceTask_StartRegionSplits";
    public static final String END_EVENT_REGIONS_ASKED = "EndEvent_RegionsAsked";
    public static final String USER_TASK_DECIDE_LOCATION_SPLIT = "UserTask_DecideLocationSplit";
    public static final String SERVICE_TASK_RECORD_LOCATION_SHARES = "ServiceTask_RecordLocationShares";
    public static final String END_EVENT_LOCATIONS_DECIDED = "EndEvent_LocationsDecided";

    // beans named by camunda:delegateExpression
    public static final String RECORD_REGION_SHARES_DELEGATE = "recordRegionSharesDelegate";
    public static final String START_REGION_SPLITS_DELEGATE = "startRegionSplitsDelegate";
    public static final String RECORD_LOCATION_SHARES_DELEGATE = "recordLocationSharesDelegate";
    /** Task listener (complete) of {@link #USER_TASK_DECIDE_NATIONAL_SPLIT}: refuses a wrong total or wrong weights. */
    public static final String NATIONAL_SPLIT_CHECK = "nationalSplitCheck";
    /** Task listener (complete) of {@link #USER_TASK_DECIDE_LOCATION_SPLIT}: refuses a split that breaks the rules. */
    public static final String LOCATION_SPLIT_CHECK = "locationSplitCheck";

    // forms (forms/<id>.form)
    public static final String FORM_NATIONAL = "funding-national";
    public static final String FORM_LOCATIONS = "funding-locations";

    // variables
    /** Start: {@link #SCOPE_NATIONAL} or {@link #SCOPE_REGION}, String. */
    public static final String SCOPE = nl.veiligheidshuis.system.RegionTenantIdProvider.SCOPE_VARIABLE;
    public static final String SCOPE_NATIONAL = "NATIONAL";
    /** A region part: the tenant of its {@code region} ({@code system.RegionTenantIdProvider}). */
    public static final String SCOPE_REGION = nl.veiligheidshuis.system.RegionTenantIdProvider.SCOPE_REGION;
    /** Start: the year, Integer. */
    public static final String FUNDING_YEAR = "fundingYear";
    /** Start: the round's row ({@code vh_funding_round.id}), Long. */
    public static final String ROUND_ID = "roundId";
    /** National: the total in euro as text ({@code 7.700.000,00}); the form may change it. */
    public static final String TOTAL_AMOUNT = "totalAmount";
    /** National: weights per region as text ({@code utrecht = 2}, one per line); empty = equal split. */
    public static final String WEIGHTS = "weights";
    /** National, set by the recording: the shares for people (region, seat, amount), String. */
    public static final String FUNDING_SUMMARY = "fundingSummary";
    /** Region: the region (tenant, see {@code system.RegionTenantIdProvider}). */
    public static final String REGION = "region";
    /** Region: the region's share in euro as text, for the form. */
    public static final String REGION_SHARE_AMOUNT = "regionShareAmount";
    /** Region: the seat municipality that receives the share, for the form. */
    public static final String SEAT_MUNICIPALITY = "seatMunicipality";
    /** Region, form: one line per location, {@code name = amount in euro}. */
    public static final String LOCATION_SPLIT = "locationSplit";

    private FundingAllocationProcess() {
    }

    /** {@code funding-2027}. */
    public static String businessKey(int year) {
        return "funding-" + year;
    }

    /** {@code funding-2027-utrecht}. */
    public static String regionBusinessKey(int year, String region) {
        return businessKey(year) + "-" + region;
    }

    static Map<String, Object> nationalVariables(int year, long roundId, long totalCents, String weights) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SCOPE, SCOPE_NATIONAL);
        variables.put(FUNDING_YEAR, year);
        variables.put(ROUND_ID, roundId);
        variables.put(TOTAL_AMOUNT, Euros.plain(totalCents));
        variables.put(WEIGHTS, weights == null ? "" : weights);
        return variables;
    }

    static Map<String, Object> regionVariables(int year, long roundId, String region, long shareCents, String seatMunicipality) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SCOPE, SCOPE_REGION);
        variables.put(FUNDING_YEAR, year);
        variables.put(ROUND_ID, roundId);
        variables.put(REGION, region);
        variables.put(REGION_SHARE_AMOUNT, Euros.format(shareCents));
        variables.put(SEAT_MUNICIPALITY, seatMunicipality);
        return variables;
    }
}
