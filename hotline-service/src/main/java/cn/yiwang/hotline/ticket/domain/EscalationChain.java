package cn.yiwang.hotline.ticket.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who is pressed at each supervision level of an overdue ticket (督办 → 升级督办). The chain is local
 * practice (国办发〔2020〕53号 asks for supervision and escalation but leaves the ladder to each
 * centre), so it is configured data: by default the lead department first, then the supervisors of
 * the ticket's region, then those of the region above. Levels past the end of the chain keep the
 * last step; a "higher region" step climbs one more level each time, up to the province.
 */
public record EscalationChain(List<Step> steps) {

    /** One rung of the ladder. */
    public enum Step {
        /** The lead department is pressed (督办 to the department itself). */
        DEPARTMENT,
        /** The supervisors of the ticket's county (or district) take it up. */
        REGION_SUPERVISOR,
        /** The supervisors of the region above the ticket's county (city, then province). */
        HIGHER_REGION
    }

    /** Who an escalation notifies: the department, or the supervisors of a region. */
    public record Escalation(Step step, String orgCode, String regionCode) {
    }

    /** An empty chain is the default one. */
    public EscalationChain {
        steps = steps == null || steps.isEmpty()
                ? List.of(Step.DEPARTMENT, Step.REGION_SUPERVISOR, Step.HIGHER_REGION) : List.copyOf(steps);
    }

    public static EscalationChain defaultChain() {
        return new EscalationChain(List.of());
    }

    /** Who is pressed at supervision {@code level} (1 = first supervision) of a ticket. */
    public Escalation at(int level, String leadOrgCode, String regionCode) {
        if (level < 1) {
            throw new IllegalArgumentException("supervision levels start at 1: " + level);
        }
        Objects.requireNonNull(regionCode, "regionCode");
        int index = Math.min(level, steps.size()) - 1;
        Step step = steps.get(index);
        String county = county(regionCode);
        return switch (step) {
            case DEPARTMENT -> new Escalation(step, leadOrgCode, county);
            case REGION_SUPERVISOR -> new Escalation(step, null, county);
            case HIGHER_REGION -> new Escalation(step, null, climb(county, 1 + Math.max(0, level - steps.size())));
        };
    }

    /** The county-level code (6 digits) of any region code. */
    static String county(String regionCode) {
        return regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
    }

    /** {@code times} levels up from a county: 610326 → 610300 → 610000, never above the province. */
    static String climb(String code, int times) {
        String current = code;
        for (int i = 0; i < times; i++) {
            if (!current.endsWith("00")) {
                current = current.substring(0, 4) + "00";
            } else if (!current.endsWith("0000")) {
                current = current.substring(0, 2) + "0000";
            } else {
                return current;
            }
        }
        return current;
    }
}
