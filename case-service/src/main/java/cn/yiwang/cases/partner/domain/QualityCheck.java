package cn.yiwang.cases.partner.domain;

import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.identifier.UnifiedCreditCode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The quality rules of 办件汇聚 (GB/T 39046 exchange data sets): required fields present, codes
 * valid, the states in an order the case state machine allows, times never going back nor lying
 * in the future, and the record within the partner's region. Every failed rule is reported, not
 * only the first: the partner fixes a record once.
 */
public final class QualityCheck {

    /** Clocks of partner systems drift: a step up to this far ahead of ours is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * The transitions a case may make (case handling's state machine, DOMAIN.md §3): accepted,
     * not accepted or supplement requested from submission; special procedures pause review;
     * conclusion, then delivery; withdrawal before conclusion; revocation after it.
     */
    static final Map<String, Set<String>> NEXT = Map.ofEntries(
            Map.entry("SUBMITTED", Set.of("ACCEPTED", "NOT_ACCEPTED", "SUPPLEMENT_REQUESTED", "WITHDRAWN")),
            Map.entry("SUPPLEMENT_REQUESTED", Set.of("SUBMITTED", "NOT_ACCEPTED", "WITHDRAWN")),
            Map.entry("ACCEPTED", Set.of("UNDER_REVIEW", "SPECIAL_PROCEDURE", "CONCLUDED", "WITHDRAWN", "TERMINATED")),
            Map.entry("UNDER_REVIEW", Set.of("SPECIAL_PROCEDURE", "CONCLUDED", "WITHDRAWN", "TERMINATED")),
            Map.entry("SPECIAL_PROCEDURE", Set.of("UNDER_REVIEW", "WITHDRAWN", "TERMINATED")),
            Map.entry("CONCLUDED", Set.of("DELIVERED", "REVOKED")),
            Map.entry("DELIVERED", Set.of("REVOKED")),
            Map.entry("NOT_ACCEPTED", Set.of()),
            Map.entry("WITHDRAWN", Set.of()),
            Map.entry("TERMINATED", Set.of()),
            Map.entry("REVOKED", Set.of()));

    static final Set<String> CHANNELS = Set.of("PC", "MOBILE", "KIOSK", "WINDOW");
    static final int MAX_CASE_NUMBER = 50;

    private QualityCheck() {
    }

    /**
     * @param partnerRegion the region the partner's credentials cover
     * @return every rule the record breaks; empty when it passes
     */
    public static List<Rejection> check(PushedCase pushed, String partnerRegion, Instant now) {
        List<Rejection> found = new ArrayList<>();
        required(found, "partnerCaseNumber", pushed.partnerCaseNumber());
        required(found, "itemCode", pushed.itemCode());
        required(found, "itemName", pushed.itemName());
        required(found, "regionCode", pushed.regionCode());
        required(found, "acceptingOrgCode", pushed.acceptingOrgCode());
        required(found, "applicantType", pushed.applicantType());
        required(found, "applicantName", pushed.applicantName());
        required(found, "applicantIdNumber", pushed.applicantIdNumber());
        if (pushed.history().isEmpty()) {
            found.add(new Rejection("required", "history", "history"));
        }
        codes(found, pushed, partnerRegion);
        statusOrder(found, pushed);
        timeOrder(found, pushed, now);
        return List.copyOf(found);
    }

    private static void codes(List<Rejection> found, PushedCase pushed, String partnerRegion) {
        if (present(pushed.partnerCaseNumber()) && pushed.partnerCaseNumber().length() > MAX_CASE_NUMBER) {
            found.add(new Rejection("too-long", "partnerCaseNumber", "partnerCaseNumber", MAX_CASE_NUMBER));
        }
        if (present(pushed.regionCode())) {
            if (!RegionCode.isValid(pushed.regionCode())) {
                found.add(new Rejection("invalid-code", "regionCode", "regionCode"));
            } else if (partnerRegion == null || !RegionCode.isValid(partnerRegion)
                    || !RegionCode.of(partnerRegion).covers(pushed.regionCode())) {
                found.add(new Rejection("out-of-region", "regionCode", pushed.regionCode()));
            }
        }
        invalidUnless(found, "itemCode", pushed.itemCode(), QualityCheck::implementationCode);
        invalidUnless(found, "acceptingOrgCode", pushed.acceptingOrgCode(), UnifiedCreditCode::isValid);
        if (present(pushed.applicantType()) && !Set.of("PERSON", "ENTERPRISE").contains(pushed.applicantType())) {
            found.add(new Rejection("invalid-code", "applicantType", "applicantType"));
        } else if (present(pushed.applicantIdNumber()) && present(pushed.applicantType())) {
            Predicate<String> valid = "PERSON".equals(pushed.applicantType()) ? CitizenId::isValid : UnifiedCreditCode::isValid;
            invalidUnless(found, "applicantIdNumber", pushed.applicantIdNumber(), valid);
        }
        if (present(pushed.channel()) && !CHANNELS.contains(pushed.channel())) {
            found.add(new Rejection("invalid-code", "channel", "channel"));
        }
    }

    /** 31 characters: the implementing body's credit code (18), the level (1–7), the basic code (12). */
    static boolean implementationCode(String code) {
        return code.length() == 31 && UnifiedCreditCode.isValid(code.substring(0, 18))
                && code.charAt(18) >= '1' && code.charAt(18) <= '7' && code.substring(19).chars().allMatch(Character::isLetterOrDigit);
    }

    private static void statusOrder(List<Rejection> found, PushedCase pushed) {
        List<PushedCase.Step> steps = pushed.history();
        if (steps.isEmpty()) {
            return;
        }
        for (PushedCase.Step step : steps) {
            if (step == null || step.status() == null || !NEXT.containsKey(step.status())) {
                found.add(new Rejection("unknown-status", "history", step == null ? null : step.status()));
                return;
            }
        }
        if (!"SUBMITTED".equals(steps.get(0).status())) {
            found.add(new Rejection("status-order", "history", "-", steps.get(0).status()));
        }
        for (int i = 1; i < steps.size(); i++) {
            String from = steps.get(i - 1).status();
            String to = steps.get(i).status();
            if (!NEXT.get(from).contains(to)) {
                found.add(new Rejection("status-order", "history", from, to));
            }
        }
        boolean concluded = steps.stream().anyMatch(step -> "CONCLUDED".equals(step.status()));
        // Set.of(…).contains(null) throws: immutable collections refuse null queries.
        if (concluded && (pushed.outcome() == null || !Set.of("APPROVED", "DENIED").contains(pushed.outcome()))) {
            found.add(new Rejection("outcome-required", "outcome"));
        }
    }

    private static void timeOrder(List<Rejection> found, PushedCase pushed, Instant now) {
        Instant previous = null;
        for (PushedCase.Step step : pushed.history()) {
            if (step == null) {
                continue;
            }
            if (step.at() == null) {
                found.add(new Rejection("required", "history.at", "history.at"));
                return;
            }
            if (previous != null && step.at().isBefore(previous)) {
                found.add(new Rejection("time-order", "history", step.status()));
            }
            if (step.at().isAfter(now.plus(CLOCK_SKEW))) {
                found.add(new Rejection("in-future", "history", step.status()));
            }
            previous = step.at();
        }
    }

    private static void required(List<Rejection> found, String field, String value) {
        if (!present(value)) {
            found.add(new Rejection("required", field, field));
        }
    }

    private static void invalidUnless(List<Rejection> found, String field, String value, Predicate<String> valid) {
        if (present(value) && !valid.test(value)) {
            found.add(new Rejection("invalid-code", field, field));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
