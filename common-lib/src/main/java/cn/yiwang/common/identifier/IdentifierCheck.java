package cn.yiwang.common.identifier;

import java.util.Objects;

/**
 * The outcome of checking an identifier.
 *
 * @param verdict    valid, accepted with a warning (lenient credit-code check), or invalid
 * @param normalised the identifier as it should be stored (trimmed, upper case); null when invalid
 * @param reason     a message key in {@code ValidationMessages} saying what is wrong; null when valid
 */
public record IdentifierCheck(Verdict verdict, String normalised, String reason) {

    public IdentifierCheck {
        Objects.requireNonNull(verdict, "verdict");
    }

    static IdentifierCheck valid(String normalised) {
        return new IdentifierCheck(Verdict.VALID, normalised, null);
    }

    static IdentifierCheck warning(String normalised, String reason) {
        return new IdentifierCheck(Verdict.ACCEPTED_WITH_WARNING, normalised, reason);
    }

    static IdentifierCheck invalid(String reason) {
        return new IdentifierCheck(Verdict.INVALID, null, reason);
    }

    /** Valid, or accepted with a warning: the identifier may be stored. */
    public boolean accepted() {
        return verdict != Verdict.INVALID;
    }

    public boolean hasWarning() {
        return verdict == Verdict.ACCEPTED_WITH_WARNING;
    }

    public enum Verdict {
        VALID, ACCEPTED_WITH_WARNING, INVALID
    }
}
