package cn.yiwang.infra.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Everything the platform starts binds 127.0.0.1 unless configured otherwise. */
public final class Loopback {

    public static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    /** A port that was free on 127.0.0.1 a moment ago; the caller binds it right away. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    /**
     * A free port that is none of {@code taken}: the kernel may hand out the same free port twice in a
     * row (the first is released as soon as it is found), and a Kafka broker given the same port for
     * its two listeners refused to start (CI, 2026-11-22).
     */
    public static int freePortOtherThan(int... taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = freePort();
            if (java.util.Arrays.stream(taken).noneMatch(t -> t == port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on " + HOST + " other than " + java.util.Arrays.toString(taken));
    }

    /** Whether something accepts connections on 127.0.0.1:port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
