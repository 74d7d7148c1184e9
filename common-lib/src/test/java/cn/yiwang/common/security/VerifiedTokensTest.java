package cn.yiwang.common.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5), clock);
    private final AtomicInteger verifications = new AtomicInteger();

    /** Stands in for the signature check: counts calls, refuses "forged". */
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return jwt(token, NOW.plus(Duration.ofMinutes(5)));
    };

    @Test
    void aCallersSecondRequestWithTheSameTokenIsNotVerifiedAgain() {
        JwtDecoder decoder = tokens.in(verifier);

        Jwt first = decoder.decode("token-a");
        Jwt second = decoder.decode("token-a");

        assertThat(second.getSubject()).isEqualTo(first.getSubject());
        assertThat(verifications).hasValue(1);
        decoder.decode("token-b");
        assertThat(verifications).as("another token is verified on its own").hasValue(2);
    }

    @Test
    void aTokenThatFailedVerificationIsRefusedEveryTime() {
        JwtDecoder decoder = tokens.in(verifier);

        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).as("never kept: checked again each time").hasValue(2);
    }

    @Test
    void aKeptTokenPastItsExpiryAndTheClockSkewGoesBackToTheVerifierWhichRefusesIt() {
        JwtDecoder decoder = tokens.in(verifier);
        decoder.decode("token-a");

        clock.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(59));
        decoder.decode("token-a");
        assertThat(verifications).as("within the 60 s skew the kept token still serves").hasValue(1);

        clock.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(61));
        assertThat(tokens.find("token-a")).isEmpty();
    }

    @Test
    void aTokenNotYetValidIsNotHandedOut() {
        tokens.remember(Jwt.withTokenValue("early").header("alg", "RS256").subject("u")
                .notBefore(NOW.plus(Duration.ofMinutes(2))).expiresAt(NOW.plus(Duration.ofMinutes(10))).build());

        assertThat(tokens.find("early")).isEmpty();
    }

    @Test
    void theGatewaysReactiveDecoderKeepsVerifiedTokensToo() {
        AtomicInteger reactiveVerifications = new AtomicInteger();
        ReactiveJwtDecoder reactive = token -> Mono.fromSupplier(() -> {
            reactiveVerifications.incrementAndGet();
            return jwt(token, NOW.plus(Duration.ofMinutes(5)));
        });
        ReactiveJwtDecoder decoder = tokens.in(reactive);

        assertThat(decoder.decode("token-r").block().getSubject()).isEqualTo("subject-of-token-r");
        assertThat(decoder.decode("token-r").block().getSubject()).isEqualTo("subject-of-token-r");
        assertThat(reactiveVerifications).hasValue(1);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("subject-of-" + token)
                .issuedAt(NOW).expiresAt(expiresAt).build();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
