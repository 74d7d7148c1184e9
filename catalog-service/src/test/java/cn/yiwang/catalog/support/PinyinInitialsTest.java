package cn.yiwang.catalog.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinInitialsTest {

    @Test
    void commonItemNamesReadAsTheirPinyinInitials() {
        assertThat(PinyinInitials.of("营业执照")).isEqualTo("yyzz");
        assertThat(PinyinInitials.of("居民身份证换领")).isEqualTo("jmsfzhl");
        assertThat(PinyinInitials.of("不动产登记")).isEqualTo("bdcdj");
        assertThat(PinyinInitials.of("新生儿出生")).isEqualTo("xsecs");
    }

    @Test
    void latinLettersAndDigitsAreKeptAndPunctuationDropped() {
        assertThat(PinyinInitials.of("《ICP》备案 2 号")).isEqualTo("icpba2h");
    }
}
