package cn.yiwang.certificate;

import cn.yiwang.certificate.support.TestKeys;
import cn.yiwang.common.test.ServiceSkeletonContract;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SkeletonIT extends ServiceSkeletonContract {

    /**
     * The service needs the platform's personal-data keys to start; the seal key-wrapping keys are
     * checked only when something is sealed, so it starts with what the local launcher provides.
     */
    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.registerPersonalData(registry);
    }
}
