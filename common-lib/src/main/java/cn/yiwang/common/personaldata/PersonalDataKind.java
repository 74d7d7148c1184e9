package cn.yiwang.common.personaldata;

import java.util.function.UnaryOperator;

/** The kinds of personal data the platform protects, each with its masking rule. */
public enum PersonalDataKind {
    CITIZEN_ID(Masking::citizenId),
    CREDIT_CODE(Masking::creditCode),
    PHONE(Masking::phone),
    NAME(Masking::name),
    ADDRESS(Masking::address);

    private final UnaryOperator<String> mask;

    PersonalDataKind(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    public String mask(String value) {
        return mask.apply(value);
    }
}
