package cn.yiwang.common.test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wires {@link WithEmbeddedPostgres}, {@link WithEmbeddedKafka} and {@link WithTokenIssuer} into
 * the application context. The customizer is equal for equal annotations, so contexts are still
 * cached; each new context gets its own database.
 */
public class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        boolean postgres = TestContextAnnotationUtils.hasAnnotation(testClass, WithEmbeddedPostgres.class);
        boolean kafka = TestContextAnnotationUtils.hasAnnotation(testClass, WithEmbeddedKafka.class);
        boolean issuer = TestContextAnnotationUtils.hasAnnotation(testClass, WithTokenIssuer.class);
        if (!postgres && !kafka && !issuer) {
            return null;
        }
        return new Customizer(postgres, kafka, issuer);
    }

    private record Customizer(boolean postgres, boolean kafka, boolean issuer) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (postgres) {
                properties.put("spring.datasource.url", SharedInfrastructure.newDatabase());
                properties.put("spring.datasource.username", SharedInfrastructure.postgres().superuser());
                properties.put("spring.datasource.password", "");
            }
            if (kafka) {
                properties.put("spring.kafka.bootstrap-servers", SharedInfrastructure.kafka().bootstrapServers());
            }
            if (issuer) {
                properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", Tokens.issuerUri());
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("yiwangTestInfrastructure", properties));
        }
    }
}
