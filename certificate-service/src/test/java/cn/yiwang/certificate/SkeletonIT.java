package cn.yiwang.certificate;

import cn.yiwang.certificate.support.TestKeys;
import cn.yiwang.common.test.ServiceSkeletonContract;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SkeletonIT extends ServiceSkeletonContract {

    /** The service does not start without its keys (by design); they come from the environment. */
    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.register(registry);
    }
}
