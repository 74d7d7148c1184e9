package cn.yiwang.certificate.type.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a certificate of a type is valid. Whether a type is permanent, valid for a fixed
 * number of years, or valid until a date the issuer decides (an ID card's term depends on the
 * holder's age) is data of the directory, not code: provinces differ.
 */
public record ValidityRule(Kind kind, Integer years) {

    public enum Kind {
        /** No end date (e.g. a degree certificate). */
        PERMANENT,
        /** {@code years} years from the start, ending the day before the anniversary. */
        FIXED_YEARS,
        /** The issuer states the end date on each certificate. */
        ISSUER_SETS
    }

    public ValidityRule {
        if (kind == Kind.FIXED_YEARS && (years == null || years < 1)) {
            throw new IllegalArgumentException("a fixed validity needs a positive number of years");
        }
    }

    /**
     * The end date of a certificate valid from {@code from}, or empty for no end date; for
     * ISSUER_SETS the issuer's date, which must be given and must not lie before the start.
     *
     * @throws IllegalArgumentException with {@code valid-until-required} or {@code valid-until-before-start}
     */
    public Optional<LocalDate> validUntil(LocalDate from, LocalDate requested) {
        return switch (kind) {
            case PERMANENT -> Optional.empty();
            case FIXED_YEARS -> Optional.of(from.plusYears(years).minusDays(1));
            case ISSUER_SETS -> {
                if (requested == null) {
                    throw new IllegalArgumentException("valid-until-required");
                }
                if (requested.isBefore(from)) {
                    throw new IllegalArgumentException("valid-until-before-start");
                }
                yield Optional.of(requested);
            }
        };
    }
}
