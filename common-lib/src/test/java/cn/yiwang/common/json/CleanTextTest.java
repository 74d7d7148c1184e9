package cn.yiwang.common.json;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanTextTest {

    final JsonMapper json = JsonMapper.builder().addModule(new JsonInputAutoConfiguration().yiwangCleanTextModule()).build();

    @Test
    void ordinaryChineseTextWithLineBreaksEmojiAndRareCharactersIsAccepted() {
        assertThat(CleanText.isClean("申请人：张三\n地址：宝鸡市眉县\t𠜎 👨‍👩‍👧 é")).isTrue();
    }

    @Test
    void nulOtherControlCharactersAndBrokenSurrogatesAreRefused() {
        assertThat(CleanText.isClean("a\u0000b")).isFalse();
        assertThat(CleanText.isClean("bell\u0007")).isFalse();
        assertThat(CleanText.isClean("c1\u0085")).isFalse();
        assertThat(CleanText.isClean("half\uD800")).isFalse();
        assertThat(CleanText.isClean("\uDC00half")).isFalse();
    }

    @Test
    void aJsonBodyCarryingANulCharacterAnywhereIsRefusedWhenRead() {
        record Form(String name, List<String> notes) {
        }
        assertThatThrownBy(() -> json.readValue("{\"name\":\"ok\",\"notes\":[\"x\\u0000y\"]}", Form.class))
                .isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\":\"\\u0000\"}", Form.class))
                .isInstanceOf(DatabindException.class);
        assertThat(json.readValue("{\"name\":\"张三\",\"notes\":[\"好\"]}", Form.class).name()).isEqualTo("张三");
        assertThat(json.readValue("{\"k\":\"v\"}", Map.class)).containsEntry("k", "v");
    }
}
