package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentMemoryTest {

    private static final List<String> MODULES = List.of("catalog-service", "case-service", "gateway");

    @Test
    void residentMemoryIsTheVmRssLineOfProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  345678 kB\nThreads:\t40\n";

        assertThat(ResidentMemory.vmRss(status)).isEqualTo(345_678);
        assertThat(ResidentMemory.vmRss("Name:\tkthreadd\n")).isZero();
    }

    @Test
    void eachApplicationIsRecognisedByItsJarAndKeycloakByItsProgram() {
        assertThat(ResidentMemory.component("/usr/lib/jvm/bin/java -Xmx256m -jar /work/x/case-service/target/case-service-0.1.0-SNAPSHOT.jar",
                MODULES)).isEqualTo("case-service");
        assertThat(ResidentMemory.component("java -jar /r/gateway/target/gateway-0.1.0-SNAPSHOT.jar", MODULES))
                .isEqualTo("gateway");
        assertThat(ResidentMemory.component("/usr/lib/jvm/bin/java -Xmx512m -cp /d/keycloak/lib/quarkus-run.jar", MODULES))
                .isEqualTo("keycloak");
        assertThat(ResidentMemory.component("/bin/sleep 5", MODULES)).isNull();
    }

    @Test
    void memoryIsDescribedInMegabytesForTheNamedComponentsOnly() {
        Map<String, Long> snapshot = Map.of("gateway", 400_000L, "case-service", 300_000L, "keycloak", 700_000L);

        assertThat(ResidentMemory.describe(snapshot, List.of("gateway", "case-service", "review-service")))
                .isEqualTo("gateway 391 MB, case-service 293 MB");
    }
}
