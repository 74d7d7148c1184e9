package cn.yiwang.common.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CitizenIdNumber}, naming what is wrong (format, region, birth date, check). */
public class CitizenIdNumberValidator implements ConstraintValidator<CitizenIdNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        IdentifierCheck check = CitizenId.check(value.toString());
        return check.accepted() || Reasons.report(context, check);
    }
}
