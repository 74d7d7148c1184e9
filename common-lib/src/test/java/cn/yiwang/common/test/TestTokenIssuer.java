package cn.yiwang.common.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A real OpenID Connect issuer for tests, in this JVM: serves discovery and JWKS on 127.0.0.1
 * and signs RS256 tokens, one key pair per issuer id. Services under test discover it exactly as
 * they discover Keycloak. It answers from daemon threads, so it never holds a test JVM open and
 * stays responsive when the machine is busy.
 */
public final class TestTokenIssuer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, RSAKey> keys = new ConcurrentHashMap<>();

    private TestTokenIssuer(HttpServer server) {
        this.server = server;
    }

    public static TestTokenIssuer start() {
        try {
            InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[]{127, 0, 0, 1});
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 50);
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "test-token-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            TestTokenIssuer issuer = new TestTokenIssuer(server);
            // Keys up front: generating an RSA key while a service waits for the JWKS could
            // exceed Spring Security's 500 ms read timeout on a busy machine.
            issuer.key(Tokens.ISSUER_ID);
            issuer.key(Tokens.FOREIGN_ISSUER_ID);
            server.createContext("/", issuer::handle);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("test token issuer did not start", e);
        }
    }

    /** The issuer URL ({@code iss}) of the given issuer id, e.g. {@code http://127.0.0.1:1234/yiwang}. */
    public String issuerUrl(String issuerId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + issuerId;
    }

    /** A signed token of {@code issuerId}; {@code lifetimeSeconds} may be negative (expired). */
    public String mint(String issuerId, String subject, List<String> audience, Map<String, Object> claims, long lifetimeSeconds) {
        return mint(issuerId, issuerUrl(issuerId), subject, audience, claims, lifetimeSeconds);
    }

    /** A token signed with {@code issuerId}'s key but claiming {@code claimedIssuer} as its {@code iss}. */
    public String mint(String issuerId, String claimedIssuer, String subject, List<String> audience,
                       Map<String, Object> claims, long lifetimeSeconds) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(claimedIssuer)
                .subject(subject)
                .audience(audience)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minusSeconds(lifetimeSeconds < 0 ? -lifetimeSeconds + 60 : 0)))
                .notBeforeTime(Date.from(now.minusSeconds(lifetimeSeconds < 0 ? -lifetimeSeconds + 60 : 0)))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)));
        claims.forEach(builder::claim);
        RSAKey key = key(issuerId);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private RSAKey key(String issuerId) {
        return keys.computeIfAbsent(issuerId, id -> {
            try {
                return new RSAKeyGenerator(2048).keyID(id + "-" + UUID.randomUUID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.split("/");
        if (parts.length < 3) {
            respond(exchange, 404, "{}");
            return;
        }
        String issuerId = parts[1];
        String rest = path.substring(issuerId.length() + 1);
        if (rest.equals("/.well-known/openid-configuration")) {
            String issuer = issuerUrl(issuerId);
            respond(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\","
                    + "\"response_types_supported\":[\"code\"]}");
        } else if (rest.equals("/jwks") || rest.equals("/protocol/openid-connect/certs")) {
            respond(exchange, 200, new JWKSet(key(issuerId).toPublicJWK()).toString());
        } else {
            respond(exchange, 404, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
