package cn.yiwang.common.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/** The {@link Actor} of the current (servlet) request, for code below the controllers. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(ActorJwtConverter.actor(token.getToken()));
        }
        return Optional.empty();
    }

    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }
}
