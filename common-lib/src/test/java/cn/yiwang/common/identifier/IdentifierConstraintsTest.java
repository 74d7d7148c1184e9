package cn.yiwang.common.identifier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierConstraintsTest {

    record Applicant(@CitizenIdNumber String idNumber, @CreditCode String creditCode,
                     @CreditCode(lenient = true) String registeredCreditCode, @Region String region) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void validIdentifiersPass() {
        assertThat(validator.validate(new Applicant("11010519491231002x", "91350100M000100Y43", "91350100M000100Y43", "610326")))
                .isEmpty();
    }

    @Test
    void missingValuesAreLeftToNotNull() {
        assertThat(validator.validate(new Applicant(null, null, null, null))).isEmpty();
    }

    @Test
    void eachBrokenIdentifierIsReportedOnItsField() {
        Set<ConstraintViolation<Applicant>> violations = validator.validate(
                new Applicant("11010519491231003X", "91350100M000100Y44", "91350100M000100Y44", "99032"));
        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("idNumber", "creditCode", "region");
    }

    @Test
    void aPilotCodeFromTheRegisterPassesTheLenientConstraint() {
        assertThat(validator.validate(new Applicant(null, null, "91350100M000100Y44", null))).isEmpty();
    }

    @Test
    void messagesSayWhatIsWrongInChineseByDefaultAndInEnglishOnRequest() {
        Applicant bornOnThirtiethOfFebruary = new Applicant("110105194902300020", null, null, null);
        Locale jvmDefault = Locale.getDefault();
        try {
            // A server whose default locale is English must still answer Chinese callers in Chinese.
            Locale.setDefault(Locale.US);
            assertThat(messageIn(Locale.SIMPLIFIED_CHINESE, bornOnThirtiethOfFebruary)).isEqualTo("居民身份证号码中的出生日期无效");
            assertThat(messageIn(Locale.ENGLISH, bornOnThirtiethOfFebruary))
                    .isEqualTo("the birth date in the citizen identity number is not valid");
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    private static String messageIn(Locale locale, Applicant applicant) {
        ResourceBundleMessageInterpolator interpolator = new ResourceBundleMessageInterpolator();
        MessageInterpolator fixed = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(fixed).getValidator().validate(applicant)
                .iterator().next().getMessage();
    }
}
