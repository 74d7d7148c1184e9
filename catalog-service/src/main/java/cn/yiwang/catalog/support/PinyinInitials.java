package cn.yiwang.catalog.support;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Pinyin initials of a Chinese name ("营业执照" → "yyzz"), so a search for "yyzz" finds it. The
 * 3,755 level-1 characters of GB 2312 are ordered by pinyin, so the first character of each
 * initial's range in that order tells the initial of any level-1 character; level-2 characters
 * (ordered by radical) and polyphones read differently are the known limits of this approach.
 * Letters and digits are kept, lower-cased; anything else is dropped.
 */
public final class PinyinInitials {

    private static final Charset GB2312 = Charset.forName("GB2312");
    /** First character of each initial in GB 2312 order: 啊 芭 擦 搭 蛾 发 噶 哈 击 喀 垃 妈 拿 哦 啪 期 然 撒 塌 挖 昔 压 匝. */
    private static final String BOUNDARIES = "啊芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝";
    private static final String LETTERS = "abcdefghjklmnopqrstwxyz";
    /** One past the last level-1 character (座 is the last). */
    private static final int LEVEL_ONE_END = 0xD7FA;
    private static final int[] STARTS = new int[BOUNDARIES.length()];

    static {
        for (int i = 0; i < BOUNDARIES.length(); i++) {
            STARTS[i] = gb2312(BOUNDARIES.charAt(i));
        }
    }

    private PinyinInitials() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder initials = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(Character.toLowerCase(c));
                }
                continue;
            }
            int code = gb2312(c);
            if (code >= STARTS[0] && code < LEVEL_ONE_END) {
                int letter = STARTS.length - 1;
                while (code < STARTS[letter]) {
                    letter--;
                }
                initials.append(LETTERS.charAt(letter));
            }
        }
        return initials.toString().toLowerCase(Locale.ROOT);
    }

    private static int gb2312(char c) {
        byte[] bytes = String.valueOf(c).getBytes(GB2312);
        if (bytes.length != 2) {
            return -1;
        }
        return ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
    }
}
