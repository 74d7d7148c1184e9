package cn.yiwang.bench.backend;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same Tomcat and Spring MVC stack as the services, with two endpoints ({@link BenchEndpoints}):
 * a trivial one with nothing behind it, and a published guide read from PostgreSQL. The benchmark
 * calls both directly and through the gateway; the difference is the gateway's cost.
 */
@SpringBootApplication
public class BenchBackendApplication {

    public static void main(String[] args) {
        SpringApplication.run(BenchBackendApplication.class, args);
    }

    /** Seeded before the server opens its port, so "up" means every guide is there. */
    @Bean(destroyMethod = "close")
    PublishedGuides publishedGuides(@Value("${yiwang.bench.guides:10000}") int count, JsonMapper json) {
        return PublishedGuides.start(count, json);
    }
}
