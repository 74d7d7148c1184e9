package cn.yiwang.common.events;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tiny service for the event tests: one table, one command that changes it and publishes an
 * {@link IntegrationEvent}, with common-lib's auto-configuration as a real service gets it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class EventsTestApplication {

    /** The properties every context of these tests shares. */
    static final String PROPERTIES = "classpath:events/events-test.properties";

    @Bean
    CaseCommands caseCommands(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        return new CaseCommands(jdbc, events);
    }

    /** The shape of a service's command: state change and event in one transaction. */
    static class CaseCommands {

        private final JdbcTemplate jdbc;
        private final ApplicationEventPublisher events;

        CaseCommands(JdbcTemplate jdbc, ApplicationEventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public CaseConcluded conclude(String caseId, String regionCode) {
            jdbc.update("INSERT INTO test_case (id, region_code, status) VALUES (?, ?, 'concluded')", caseId, regionCode);
            CaseConcluded event = CaseConcluded.approved(caseId, regionCode);
            events.publishEvent(event);
            return event;
        }
    }
}
