package cn.yiwang.cases.clock;

/**
 * How far a decision deadline may be extended, once, with the head of the authority's approval and
 * a stated reason: by 10 working days (Administrative Licensing Law §42), by 15 when several
 * departments handle the application jointly (§26, §42: 45 + 15 working days).
 */
public final class ExtensionRule {

    public static final int ORDINARY_MAX_DAYS = 10;
    public static final int JOINT_HANDLING_MAX_DAYS = 15;

    private ExtensionRule() {
    }

    public static int maxDays(boolean jointHandling) {
        return jointHandling ? JOINT_HANDLING_MAX_DAYS : ORDINARY_MAX_DAYS;
    }
}
