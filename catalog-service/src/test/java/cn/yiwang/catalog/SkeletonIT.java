package cn.yiwang.catalog;

import cn.yiwang.common.test.ServiceSkeletonContract;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;

class SkeletonIT extends ServiceSkeletonContract {

    private static volatile boolean issuerReached;

    /**
     * The resource server fetches the issuer's metadata lazily with the first token; on a busy
     * two-core machine that fetch can time out and turn the first authenticated request into a 500
     * (seen on aValidTokenIsMappedToTheCallersRolesAndRegion). Reach the issuer once before the
     * contract's tests so they test the service, not that race.
     */
    @BeforeEach
    void reachTheTokenIssuerOnce() throws Exception {
        for (int attempt = 0; attempt < 5 && !issuerReached; attempt++) {
            issuerReached = get(basePath + "/session", Tokens.forRoles("citizen").bearer()).statusCode() == 200;
        }
    }
}
