package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.basic.domain.BasicItem;
import cn.yiwang.catalog.basic.domain.BasicItemRepository;
import cn.yiwang.common.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reading the basic directory; other features (claiming, demo data) use {@link #entry(String)}. */
@Service
@Transactional(readOnly = true)
public class BasicItemQueries {

    private final BasicItemRepository repository;

    public BasicItemQueries(BasicItemRepository repository) {
        this.repository = repository;
    }

    public BasicItemView byCode(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("基本目录事项", code));
    }

    public Optional<BasicItemView> find(String code) {
        return repository.findByCode(code).map(BasicItemView::of);
    }

    public List<BasicItemView> all() {
        return repository.findAll().stream().sorted(Comparator.comparing(BasicItem::code)).map(BasicItemView::of).toList();
    }
}
