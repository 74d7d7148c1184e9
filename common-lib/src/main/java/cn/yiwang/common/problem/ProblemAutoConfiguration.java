package cn.yiwang.common.problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Problem responses for every service: the message bundles and, for servlet services, the handler. */
@AutoConfiguration
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Problems problems(ObjectProvider<MessageSource> messageSource) {
        return new Problems(new ProblemMessages(messageSource.getIfAvailable()));
    }

    /** Separate so the reactive gateway never loads servlet classes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler")
    static class Servlet {

        @Bean
        @ConditionalOnMissingBean
        ServletProblemHandler servletProblemHandler(Problems problems) {
            return new ServletProblemHandler(problems);
        }
    }
}
