package cn.yiwang.common.idempotency;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** {@link IdempotentSubmissions} for every service with a database. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnClass({JdbcClient.class, JsonMapper.class})
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotentSubmissions idempotentSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                                ObjectProvider<JsonMapper> jsonMapper) {
        return new IdempotentSubmissions(JdbcClient.create(jdbc), jsonMapper.getIfUnique(JsonMapper::new),
                new TransactionTemplate(transactionManager));
    }
}
