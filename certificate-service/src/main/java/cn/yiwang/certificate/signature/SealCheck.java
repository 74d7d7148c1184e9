package cn.yiwang.certificate.signature;

/**
 * The outcome of checking a seal, in the order GB/T 38540 verification goes: is the seal structure
 * well formed, is the key known (our own issuer keys or the trust list) and the one the seal
 * carries, does it belong to the issuer the content names, was it in use at the signing time, does
 * the hash match the content, does the signature match the structure.
 *
 * @param platform where the key comes from: {@code null} for this platform's own issuers
 */
public record SealCheck(Outcome outcome, String platform) {

    public enum Outcome {
        VALID, MALFORMED, UNKNOWN_KEY, KEY_OF_ANOTHER_ISSUER, SIGNED_OUTSIDE_KEY_VALIDITY, SIGNATURE_MISMATCH
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    static SealCheck of(Outcome outcome) {
        return new SealCheck(outcome, null);
    }
}
