package nl.veiligheidshuis.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Referral bodies of design.md for tests: a complex Utrecht youth case by default, with unique people. */
public final class Referrals {

    private static final AtomicInteger SEED = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Referrals() {
    }

    /** A BSN that passes the eleven test, different on every call. */
    public static String validBsn() {
        while (true) {
            int candidate = 10_000_000 + Math.floorMod(SEED.incrementAndGet() * 7919, 89_999_999);
            String first8 = String.format("%08d", candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            int last = sum % 11;
            if (last <= 9) {
                return first8 + last;
            }
        }
    }

    public static String uniqueFamilyName() {
        return "Testfamilie" + SEED.incrementAndGet();
    }

    public static Map<String, Object> complexYouthCase(String region, String partner, String route) {
        String family = uniqueFamilyName();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", region);
        body.put("route", route);
        body.put("caseType", "PERSON");
        body.put("referringPartner", partner);
        body.put("summary", "Jongere met schooluitval, drugsgebruik en geweld thuis; meerdere ketens nodig.");
        List<Map<String, Object>> subjects = new ArrayList<>();
        subjects.add(new LinkedHashMap<>(Map.of("role", "SUBJECT", "givenName", "Sem", "familyName", family, "dateOfBirth", "2009-04-01",
                "bsn", validBsn(), "municipality", "Utrecht")));
        subjects.add(new LinkedHashMap<>(Map.of("role", "FAMILY_MEMBER", "relation", "SIBLING", "givenName", "Noor", "familyName", family,
                "dateOfBirth", "2013-09-12", "municipality", "Utrecht")));
        body.put("subjects", subjects);
        body.put("area", null);
        body.put("lifeDomains", List.of("EDUCATION_WORK", "DRUG_USE", "PARTNER_FAMILY_RELATIONS", "CURRENT_OFFENCE"));
        body.put("criteria", new LinkedHashMap<>(Map.of("criminalOrNuisanceRisk", true, "chainsNeeded", 3, "coercionOrPressureNeeded", true,
                "singleChainSolvable", false, "provenStandardApproach", false, "systemImpact", true, "seriousAreaSafetyIssue", false)));
        Map<String, Object> indicators = new LinkedHashMap<>();
        for (String indicator : List.of("minorInvolved", "domesticViolence", "runningCriminalCase", "schoolAttendanceProblems")) {
            indicators.put(indicator, true);
        }
        for (String indicator : List.of("detentionOrRecentRelease", "probationSupervision", "publicOrderNuisance", "mentalHealthProblems",
                "addictionProblems", "intellectualDisability", "housingProblems", "incomeDebtProblems", "acuteSafetyRisk")) {
            indicators.put(indicator, false);
        }
        body.put("indicators", indicators);
        body.put("subjectInformed", false);
        body.put("subjectNotInformedReason", "lopend strafrechtelijk onderzoek");
        return body;
    }

    /** An area-bound safety problem (case type AREA, route AREA_SIGNAL), without people or life domains. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> areaCase(String region, String partner, String areaName, String municipality) {
        Map<String, Object> body = complexYouthCase(region, partner, "AREA_SIGNAL");
        body.put("caseType", "AREA");
        body.put("summary", "Aanhoudende overlast en intimidatie in " + areaName + ".");
        body.put("subjects", java.util.List.of());
        body.put("area", Map.of("name", areaName, "municipality", municipality, "theme", "overlast"));
        body.put("lifeDomains", java.util.List.of());
        ((Map<String, Object>) body.get("criteria")).put("seriousAreaSafetyIssue", true);
        return body;
    }

    /** A case that one chain can solve, referred from the ZSM table: refused with the advice ZSM. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> singleChainZsmCase(String region, String partner) {
        Map<String, Object> body = complexYouthCase(region, partner, "ZSM");
        Map<String, Object> criteria = (Map<String, Object>) body.get("criteria");
        criteria.put("chainsNeeded", 1);
        criteria.put("coercionOrPressureNeeded", false);
        criteria.put("singleChainSolvable", true);
        criteria.put("systemImpact", false);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> subject(Map<String, Object> referral, int index) {
        return ((List<Map<String, Object>>) referral.get("subjects")).get(index);
    }
}
