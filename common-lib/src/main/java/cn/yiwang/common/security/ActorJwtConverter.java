package cn.yiwang.common.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Keycloak access token to authorities and an {@link Actor}. Keycloak puts realm roles in
 * {@code realm_access.roles}; each becomes {@code ROLE_<role>} so {@code hasRole('approver')}
 * works. Scopes are not roles and are ignored here.
 */
public class ActorJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String REGION_CLAIM = "region_code";
    public static final String ORG_CLAIM = "org_code";
    public static final String ID_HASH_CLAIM = "id_hash";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<String> roles = realmRoles(jwt);
        Collection<GrantedAuthority> authorities = roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    public static Actor actor(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        if (name == null) {
            name = jwt.getClaimAsString("preferred_username");
        }
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("azp"), realmRoles(jwt),
                jwt.getClaimAsString(REGION_CLAIM), jwt.getClaimAsString(ORG_CLAIM),
                jwt.getClaimAsString(ID_HASH_CLAIM), name);
    }

    static Set<String> realmRoles(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>();
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof List<?> list) {
            list.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }
}
