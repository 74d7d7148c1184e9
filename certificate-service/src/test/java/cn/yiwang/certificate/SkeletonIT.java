package cn.yiwang.certificate;

import cn.yiwang.certificate.support.TestKeys;
import cn.yiwang.common.test.ServiceSkeletonContract;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SkeletonIT extends ServiceSkeletonContract {

    /**
     * What the local launcher provides: the platform's personal-data keys and the seal
     * key-wrapping key (the hostile-input checks reach issuer-key rotation, which needs it).
     */
    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.register(registry);
    }
}
