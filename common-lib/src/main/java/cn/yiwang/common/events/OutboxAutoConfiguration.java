package cn.yiwang.common.events;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database side of reliable events: {@link IdempotentConsumer} for every service with a
 * database, and, where Modulith's publication registry runs, the outbox sweep (resubmission of
 * incomplete publications, deletion of old completed ones) and the backlog gauge.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration"})
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(EventsProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactionManager));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(IncompleteEventPublications.class)
    @ConditionalOnBean(IncompleteEventPublications.class)
    static class Outbox {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty(name = "yiwang.events.resubmit.enabled", havingValue = "true", matchIfMissing = true)
        OutboxSweeper outboxSweeper(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                                    JdbcTemplate jdbc, EventsProperties properties) {
            EventsProperties.Resubmit resubmit = properties.resubmit();
            return new OutboxSweeper(incomplete, completed, jdbc, resubmit.interval(), resubmit.minAge(),
                    properties.keepCompleted());
        }

        @Bean
        @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
        @ConditionalOnMissingBean
        OutboxBacklog outboxBacklog(JdbcTemplate jdbc) {
            return new OutboxBacklog(jdbc);
        }
    }
}
