package cn.yiwang.review;

import cn.yiwang.common.test.ServiceSkeletonContract;

class SkeletonIT extends ServiceSkeletonContract {
}
