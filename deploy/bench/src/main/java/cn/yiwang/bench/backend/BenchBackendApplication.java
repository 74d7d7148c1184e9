package cn.yiwang.bench.backend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The same Tomcat and Spring MVC stack as the services, with nothing behind it: the benchmark
 * calls it directly and through the gateway, and the difference is the gateway's cost.
 */
@SpringBootApplication
@RestController
public class BenchBackendApplication {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    public static void main(String[] args) {
        SpringApplication.run(BenchBackendApplication.class, args);
    }

    @GetMapping("/api/v1/catalog/public/ping")
    public Map<String, String> ping() {
        return PONG;
    }
}
