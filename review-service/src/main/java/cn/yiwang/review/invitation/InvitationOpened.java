package cn.yiwang.review.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * In-process: a service event may now be rated by {@code evaluatorIdHash} ({@code null} when
 * nobody identified was served) until {@code expiresAt}. {@code what} names the service for a
 * message: the case or ticket number, else the item names.
 */
public record InvitationOpened(UUID invitationId, String evaluatorIdHash, String what, String regionCode,
                               Instant openedAt, Instant expiresAt) {
}
