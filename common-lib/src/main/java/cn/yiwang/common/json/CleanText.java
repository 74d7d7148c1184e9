package cn.yiwang.common.json;

/**
 * Text a person could have typed: no NUL or other C0/C1 control characters (tab, line feed and
 * carriage return excepted) and no unpaired surrogates. PostgreSQL cannot store NUL in text at
 * all, and the others only corrupt what staff and citizens are shown later; refusing them at the
 * door turns a would-be server error into a clear 400.
 */
public final class CleanText {

    private CleanText() {
    }

    public static boolean isClean(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
