package cn.yiwang.deploy.local;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsIT {

    @Test
    void testPortsAreDistinctAndOutsideTheRangeOutgoingConnectionsUse() {
        Set<Integer> chosen = new HashSet<>();
        for (int i = 0; i < 11; i++) {
            int port = FreePorts.belowEphemeralRange(chosen);
            assertThat(port).isBetween(16000, FreePorts.ephemeralRangeStart() - 1);
        }
        assertThat(chosen).hasSize(11);
    }

    @Test
    void freePortsGivesEveryPartOfThePlatformItsOwnPort() {
        LocalPlatform.Options options = LocalPlatform.Options.defaults().freePorts();
        Set<Integer> ports = new HashSet<>();
        for (Component component : Component.all()) {
            ports.add(options.port(component));
        }
        ports.add(options.postgresPort);
        ports.add(options.kafkaPort);
        ports.add(options.keycloakPort);
        ports.add(options.keycloakManagementPort);
        assertThat(ports).hasSize(Component.all().size() + 4).allSatisfy(port -> assertThat(port).isNotIn(8080, 9092, 15432));
    }
}
