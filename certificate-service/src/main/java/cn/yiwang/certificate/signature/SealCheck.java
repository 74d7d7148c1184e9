package cn.yiwang.certificate.signature;

/**
 * The outcome of checking a seal, in the order GB/T 38540 verification goes: is the key known
 * (our own issuer keys or the trust list), does it belong to the issuer the content names, does
 * the signature match the content.
 *
 * @param platform where the key comes from: {@code null} for this platform's own issuers
 */
public record SealCheck(Outcome outcome, String platform) {

    public enum Outcome {
        VALID, UNKNOWN_KEY, KEY_OF_ANOTHER_ISSUER, SIGNATURE_MISMATCH
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    static SealCheck of(Outcome outcome) {
        return new SealCheck(outcome, null);
    }
}
