package cn.yiwang.certificate.holder;

import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.identifier.UnifiedCreditCode;
import cn.yiwang.common.personaldata.Masking;

import java.util.Arrays;
import java.util.Locale;

/**
 * Holder ID types of the certificate metadata (GB/T 36903; DOMAIN.md §5): the code is what
 * partner systems and the identifier registry exchange.
 */
public enum HolderIdType {

    /** 111: resident identity card number (GB 11643), for people. */
    CITIZEN_ID("111"),
    /** 001: unified social credit code (GB 32100), for organisations and individual businesses. */
    CREDIT_CODE("001");

    private final String code;

    HolderIdType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static HolderIdType ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown holder ID type: " + code));
    }

    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(type -> type.code.equals(code));
    }

    /** Trimmed and upper case, as the keyed hash and the check characters expect. */
    public String normalise(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code number} is a well-formed number of this type with a matching check character. */
    public boolean accepts(String number) {
        return switch (this) {
            case CITIZEN_ID -> CitizenId.isValid(number);
            case CREDIT_CODE -> UnifiedCreditCode.isValid(number);
        };
    }

    /**
     * As {@link #accepts}, but for numbers taken from an existing register (historical import):
     * some early pilot credit codes fail the GB 32100 check and must still be accepted (DOMAIN.md §6).
     */
    public boolean acceptsFromRegister(String number) {
        return switch (this) {
            case CITIZEN_ID -> CitizenId.isValid(number);
            case CREDIT_CODE -> UnifiedCreditCode.check(number, UnifiedCreditCode.Mode.LENIENT).accepted();
        };
    }

    /**
     * What anyone but the holder sees (DOMAIN.md §6): a citizen ID keeps the first and last four
     * characters ({@code 6103**********1233}); a credit code keeps the authority, type and region
     * segments and the last four.
     */
    public String mask(String number) {
        return this == CITIZEN_ID ? Masking.citizenId(normalise(number)) : Masking.creditCode(normalise(number));
    }
}
