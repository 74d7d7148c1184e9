package cn.yiwang.common.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/** Problem responses for every service: the message bundles and, for servlet services, the handler. */
@AutoConfiguration
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Problems problems(org.springframework.beans.factory.ObjectProvider<MessageSource> messageSource) {
        return new Problems(new ProblemMessages(messageSource.getIfAvailable()));
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean
    ServletProblemHandler servletProblemHandler(Problems problems) {
        return new ServletProblemHandler(problems);
    }
}
