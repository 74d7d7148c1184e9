package cn.yiwang.cases.clock;

/**
 * When a case turns yellow: once no more than {@code yellowShare} of its limit is left. The share
 * is local practice (DOMAIN.md §3 marks it configurable), so it comes from configuration
 * ({@code yiwang.cases.clock.yellow-share}), never from code.
 *
 * @param yellowShare share of the limit, in (0, 1), at or below which the light is yellow
 */
public record ColourPolicy(double yellowShare) {

    public static final ColourPolicy DEFAULT = new ColourPolicy(0.25);

    public ColourPolicy {
        if (!(yellowShare > 0 && yellowShare < 1)) {
            throw new IllegalArgumentException("the yellow share must lie strictly between 0 and 1: " + yellowShare);
        }
    }

    /** How many units of a limit of {@code amount} may be left when the light turns yellow. */
    public int yellowWhenLeft(int amount) {
        return (int) Math.floor(amount * yellowShare);
    }
}
