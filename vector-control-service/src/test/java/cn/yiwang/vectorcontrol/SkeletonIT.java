package cn.yiwang.vectorcontrol;

import cn.yiwang.common.test.ServiceSkeletonContract;

class SkeletonIT extends ServiceSkeletonContract {
}
