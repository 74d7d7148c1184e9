package cn.yiwang.common.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET <base-path>/session}: the caller as this service sees it. Partner systems use it to
 * check that their credentials carry the right roles and region before they send real data.
 */
@RestController
public class SessionController {

    @GetMapping("${yiwang.api.base-path}/session")
    public SessionView session(Actor actor) {
        return new SessionView(actor.subject(), actor.clientId(), new TreeSet<>(actor.roles()), actor.regionCode(),
                actor.orgCode(), actor.holderType() == null ? null : actor.holderType().name().toLowerCase());
    }

    /** What the service knows of the caller; never the ID number or its hash. */
    public record SessionView(String subject, String clientId, Set<String> roles, String regionCode, String orgCode,
                              String holderType) {
    }
}
