package cn.yiwang.gateway.tracing;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    @Test
    void everyNewTraceparentIsAValidW3cTraceparentAndNoneRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String traceparent = RequestIdFilter.newTraceparent();
            assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                    .doesNotContain("-00000000000000000000000000000000-").doesNotContain("-0000000000000000-");
            assertThat(seen.add(traceparent)).isTrue();
        }
    }

    @Test
    void everyNewRequestIdIsOneTheGatewayWouldAcceptFromACallerAndNoneRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String requestId = RequestIdFilter.newRequestId();
            assertThat(requestId).matches("[A-Za-z0-9._-]{8,64}");
            assertThat(seen.add(requestId)).isTrue();
        }
    }
}
