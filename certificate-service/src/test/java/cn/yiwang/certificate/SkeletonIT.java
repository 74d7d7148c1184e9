package cn.yiwang.certificate;

import cn.yiwang.common.test.ServiceSkeletonContract;

class SkeletonIT extends ServiceSkeletonContract {
}
