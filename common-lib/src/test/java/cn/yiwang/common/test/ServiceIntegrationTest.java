package cn.yiwang.common.test;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole service on a random loopback port with its real PostgreSQL database (Flyway applied),
 * the real Kafka broker and the test token issuer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedPostgres
@WithEmbeddedKafka
@WithTokenIssuer
public @interface ServiceIntegrationTest {
}
