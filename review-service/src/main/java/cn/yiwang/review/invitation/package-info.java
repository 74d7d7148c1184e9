/**
 * Invitations to rate: one per service event, opened by a concluded case ({@code case.concluded}), a
 * closed hotline ticket ({@code ticket.closed}) or a walk-in window service with a short code
 * (GB/T 39734-2020; ARCHITECTURE.md flow 4).
 */
package cn.yiwang.review.invitation;
