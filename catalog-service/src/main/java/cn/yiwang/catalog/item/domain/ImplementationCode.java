package cn.yiwang.catalog.item.domain;

/**
 * The implementation code layout (DOMAIN.md §2): the implementing body's unified social credit
 * code (18) + the service level (1, GB/T 39046 A.2) + the basic code (12 in the national layout,
 * see {@link cn.yiwang.catalog.codes.BasicCodeLayout}) = 31 characters.
 */
public final class ImplementationCode {

    /** Credit code and level: the part before the basic code. */
    public static final int PREFIX_LENGTH = 19;

    private ImplementationCode() {
    }

    public static String compose(String bodyCreditCode, String level, String basicCode) {
        return bodyCreditCode + level + basicCode;
    }

    public static String creditCodeSegment(String code) {
        return code.substring(0, 18);
    }

    public static String levelSegment(String code) {
        return code.substring(18, 19);
    }

    public static String basicCodeSegment(String code) {
        return code.substring(PREFIX_LENGTH);
    }
}
