package cn.yiwang.common.identifier;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces a constraint's generic message with the specific reason of a failed check. */
final class Reasons {

    private Reasons() {
    }

    static boolean report(ConstraintValidatorContext context, IdentifierCheck check) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + check.reason() + "}").addConstraintViolation();
        return false;
    }
}
