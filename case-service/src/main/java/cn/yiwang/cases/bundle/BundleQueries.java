package cn.yiwang.cases.bundle;

import cn.yiwang.cases.bundle.BundleViews.BundleCaseView;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.cases.casefile.PersonalDataAccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Reads bundle applications for those who may see them; anyone else gets "not found". */
@Service
public class BundleQueries {

    private final BundleCaseStore store;
    private final BundleViews views;

    BundleQueries(BundleCaseStore store, BundleViews views) {
        this.store = store;
        this.views = views;
    }

    /** Read-write: a view that shows staff the form writes its access-log entry in this transaction. */
    @Transactional
    public BundleCaseView byId(Actor actor, UUID id) {
        return store.find(id).filter(found -> BundleViews.visible(actor, found.state()))
                .map(found -> views.view(found, actor, PersonalDataAccessLog.CASE_VIEW))
                .orElseThrow(() -> ProblemException.notFound("一件事办件", id));
    }
}
