package cn.yiwang.common.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text is a unified social credit code of GB 32100; null is valid — combine with @NotNull. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
public @interface CreditCode {

    String message() default "{cn.yiwang.common.identifier.CreditCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Accept codes that fail only the check character (early pilot codes). Use it where the code
     * comes from an existing register; call {@link UnifiedCreditCode#check} to see the warning.
     */
    boolean lenient() default false;
}
