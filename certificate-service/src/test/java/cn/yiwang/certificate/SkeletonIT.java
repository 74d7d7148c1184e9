package cn.yiwang.certificate;

import cn.yiwang.certificate.support.TestKeys;
import cn.yiwang.common.security.Roles;
import cn.yiwang.common.test.ServiceSkeletonContract;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;

class SkeletonIT extends ServiceSkeletonContract {

    /**
     * What the local launcher provides: the platform's personal-data keys and the seal
     * key-wrapping key (the hostile-input checks reach issuer-key rotation, which needs it).
     */
    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.register(registry);
    }

    /**
     * Also {@code service}: {@code POST /verifications} is for case-service's client only and its
     * role gate answers 403 before the body is read, so the hostile-input checks need that role to
     * reach the endpoint's own validation.
     */
    @Override
    protected List<String> hostileTesterRoles() {
        List<String> roles = new ArrayList<>(super.hostileTesterRoles());
        roles.add(Roles.SERVICE);
        return roles;
    }
}
