package cn.yiwang.cases;

import cn.yiwang.common.test.ServiceSkeletonContract;

class SkeletonIT extends ServiceSkeletonContract {
}
