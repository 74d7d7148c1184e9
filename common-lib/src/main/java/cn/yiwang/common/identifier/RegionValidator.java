package cn.yiwang.common.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Region} with {@link RegionCode#isValid}. */
public class RegionValidator implements ConstraintValidator<Region, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || RegionCode.isValid(value.toString());
    }
}
