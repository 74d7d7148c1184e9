package cn.yiwang.common.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Registers the platform's JSON input rules with the application's JSON mapper (Boot picks up module beans). */
@AutoConfiguration
@ConditionalOnClass(JacksonModule.class)
public class JsonInputAutoConfiguration {

    @Bean
    JacksonModule yiwangCleanTextModule() {
        return new SimpleModule("yiwang-clean-text").addDeserializer(String.class, new CleanTextDeserializer());
    }
}
