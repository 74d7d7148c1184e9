package cn.yiwang.certificate.identifier;

/**
 * The ISO/IEC 7064 MOD 37,36 hybrid system over the alphabet 0-9A-Z, as GB/T 36904 prescribes
 * for the last segment of a certificate identifier. It detects every single-character error and
 * every transposition of adjacent characters.
 */
public final class Mod37Check {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = 36;

    private Mod37Check() {
    }

    /**
     * The check character for {@code text} (characters of the alphabet only, dots already removed):
     * p = 36; for each character p = (p + v) mod 36, with 0 read as 36, then p = 2p mod 37;
     * the check is (37 − p) mod 36.
     */
    public static char checkCharacter(String text) {
        int p = M;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character outside 0-9A-Z at position " + (i + 1));
            }
            p = (p + value) % M;
            if (p == 0) {
                p = M;
            }
            p = (2 * p) % (M + 1);
        }
        return ALPHABET.charAt((M + 1 - p) % M);
    }
}
