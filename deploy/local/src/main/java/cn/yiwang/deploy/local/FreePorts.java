package cn.yiwang.deploy.local;

import cn.yiwang.infra.net.Loopback;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Free ports on 127.0.0.1 that outgoing connections cannot take (see {@link LocalPlatform.Options#freePorts()}). */
final class FreePorts {

    /** Below every well-known local service port the platform uses (8080…8086, 8180, 9000, 9092, 15432). */
    private static final int LOWEST = 16000;

    private FreePorts() {
    }

    /** A port free a moment ago, below the ephemeral range, not in {@code chosen} (and added to it). */
    static int belowEphemeralRange(Set<Integer> chosen) {
        int highest = ephemeralRangeStart() - 1;
        if (highest <= LOWEST) {
            return Loopback.freePort();
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (!chosen.contains(port) && bindable(port)) {
                chosen.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port on " + Loopback.HOST + " between " + LOWEST + " and " + highest);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(Loopback.HOST), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (Linux), or the IANA range's 49152 elsewhere. */
    static int ephemeralRangeStart() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            if (Files.isReadable(range)) {
                // Line by line: Files.readString read only "3" of "32768\t60999" from this /proc file (JDK 17).
                try (java.io.BufferedReader reader = Files.newBufferedReader(range)) {
                    return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the IANA default
        }
        return 49152;
    }
}
