package cn.yiwang.common.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints real signed JWTs, shaped like the Keycloak realm's, for any role and region:
 * {@code Tokens.forRoles("window-clerk").region("610326").org("1161032600000000XY").mint()}.
 */
public final class Tokens {

    /** The realm name used as the test issuer id, so issuer URLs end in {@code /yiwang}. */
    public static final String ISSUER_ID = "yiwang";
    public static final String AUDIENCE = "yiwang-api";
    /** An issuer no Yiwang service trusts. */
    public static final String FOREIGN_ISSUER_ID = "not-yiwang";

    private final List<String> roles;
    private String subject = "user-" + System.nanoTime();
    private String clientId = "yiwang-web";
    private String issuerId = ISSUER_ID;
    private String claimedIssuer;
    private List<String> audience = List.of(AUDIENCE);
    private long lifetimeSeconds = 300;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private Tokens(List<String> roles) {
        this.roles = roles;
    }

    public static Tokens forRoles(String... roles) {
        return new Tokens(List.of(roles));
    }

    /** The issuer URL a service under test must trust. */
    public static String issuerUri() {
        return SharedInfrastructure.issuer().issuerUrl(ISSUER_ID);
    }

    public Tokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public Tokens client(String clientId) {
        this.clientId = clientId;
        return this;
    }

    public Tokens region(String regionCode) {
        claims.put("region_code", regionCode);
        return this;
    }

    public Tokens org(String orgCode) {
        claims.put("org_code", orgCode);
        return this;
    }

    public Tokens idHash(String idHash) {
        claims.put("id_hash", idHash);
        return this;
    }

    public Tokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** Signed with the platform issuer's key but claiming another {@code iss}: must be refused. */
    public Tokens claimingIssuer(String issuer) {
        this.claimedIssuer = issuer;
        return this;
    }

    /** A token from another issuer, which no service may accept. */
    public Tokens foreignIssuer() {
        this.issuerId = FOREIGN_ISSUER_ID;
        return this;
    }

    public Tokens audience(String... audience) {
        this.audience = List.of(audience);
        return this;
    }

    /** A token that expired {@code secondsAgo} seconds ago. */
    public Tokens expired(long secondsAgo) {
        this.lifetimeSeconds = -secondsAgo;
        return this;
    }

    public String mint() {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.put("realm_access", Map.of("roles", roles));
        all.put("azp", clientId);
        all.put("preferred_username", subject);
        TestTokenIssuer issuer = SharedInfrastructure.issuer();
        return issuer.mint(issuerId, claimedIssuer == null ? issuer.issuerUrl(issuerId) : claimedIssuer,
                subject, audience, all, lifetimeSeconds);
    }

    /** {@code Bearer <token>}, for an Authorization header. */
    public String bearer() {
        return "Bearer " + mint();
    }
}
