package cn.yiwang.review.invitation;

import java.time.Instant;
import java.util.UUID;

/** The short code a window clerk shows or prints for the person just served to rate on site. */
public record WalkInCode(UUID invitationId, String shortCode, Instant expiresAt) {
}
