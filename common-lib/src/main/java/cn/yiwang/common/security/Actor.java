package cn.yiwang.common.security;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;

import java.util.Objects;
import java.util.Set;

/**
 * The caller of a request, as the token describes it: who (subject, client), what they may do
 * (realm roles), where (region subtree and organisation for staff and partner systems), and for
 * citizens and enterprises the keyed hash of their ID number, by which services find the
 * person's own records (一次注册、多点互认) without ever seeing the number itself.
 *
 * @param subject      the token's {@code sub}
 * @param clientId     the OAuth2 client that obtained the token ({@code azp})
 * @param roles        realm roles without prefix
 * @param regionCode   {@code region_code} claim: the subtree staff and partners act in; null for holders
 * @param orgCode      {@code org_code} claim: the organisation's unified social credit code
 * @param holderIdHash {@code id_hash} claim: keyed hash of the holder's ID number or credit code
 * @param name         display name, for audit trails
 */
public record Actor(String subject, String clientId, Set<String> roles, String regionCode, String orgCode,
                    String holderIdHash, String name) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** A citizen or enterprise acting for itself: sees only its own records. */
    public boolean isHolder() {
        return roles.stream().anyMatch(Roles.HOLDERS::contains) && !isStaff();
    }

    /**
     * Anyone acting for an organisation: staff, partner systems, services. Only the platform's own
     * roles count: Keycloak adds roles of its own to every token (e.g. {@code default-roles-yiwang},
     * {@code offline_access}), and those must not turn a citizen into staff.
     */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> Roles.ALL.contains(role) && !Roles.HOLDERS.contains(role));
    }

    public HolderType holderType() {
        if (hasRole(Roles.ENTERPRISE)) {
            return HolderType.ENTERPRISE;
        }
        return hasRole(Roles.CITIZEN) ? HolderType.CITIZEN : null;
    }

    /**
     * Whether this actor's region covers {@code region} (same region or below it). Actors without
     * a region claim cover nothing: a missing claim must never widen access.
     */
    public boolean coversRegion(String region) {
        if (regionCode == null || !RegionCode.isValid(regionCode)) {
            return false;
        }
        return RegionCode.of(regionCode).covers(region);
    }

    /** Throws 403 unless this actor's region covers {@code region}. */
    public void requireRegion(String region) {
        if (!coversRegion(region)) {
            throw ProblemException.forbidden("problem.forbidden.region", region);
        }
    }

    /** Whether a record held under {@code recordHolderIdHash} belongs to this actor. */
    public boolean owns(String recordHolderIdHash) {
        return holderIdHash != null && holderIdHash.equals(recordHolderIdHash);
    }

    public enum HolderType {
        CITIZEN, ENTERPRISE
    }
}
