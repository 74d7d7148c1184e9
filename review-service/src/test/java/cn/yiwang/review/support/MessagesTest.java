package cn.yiwang.review.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message a caller can see exists in zh-CN (the default) and in English. */
class MessagesTest {

    @Test
    void everyChineseMessageHasAnEnglishOneAndTheOtherWayRound() throws IOException {
        Properties chinese = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }

    @Test
    void theDefaultMessagesAreInChinese() throws IOException {
        Properties chinese = load("/messages.properties");

        assertThat(chinese.stringPropertyNames()).allSatisfy(key ->
                assertThat(chinese.getProperty(key)).containsPattern("\\p{IsHan}"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessagesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
