package cn.yiwang.hotline;

import cn.yiwang.common.test.ServiceSkeletonContract;

class SkeletonIT extends ServiceSkeletonContract {
}
