package cn.yiwang.common.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CreditCode}; in lenient mode a failing check character alone is accepted. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    private UnifiedCreditCode.Mode mode = UnifiedCreditCode.Mode.STRICT;

    @Override
    public void initialize(CreditCode annotation) {
        mode = annotation.lenient() ? UnifiedCreditCode.Mode.LENIENT : UnifiedCreditCode.Mode.STRICT;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        IdentifierCheck check = UnifiedCreditCode.check(value.toString(), mode);
        return check.accepted() || Reasons.report(context, check);
    }
}
