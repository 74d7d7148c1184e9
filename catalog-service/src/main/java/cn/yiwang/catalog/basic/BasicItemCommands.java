package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.basic.domain.BasicItem;
import cn.yiwang.catalog.basic.domain.BasicItemRepository;
import cn.yiwang.catalog.basic.domain.BasicItemRules;
import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.codes.ItemType;
import cn.yiwang.catalog.codes.StandardCode;
import cn.yiwang.catalog.support.ETags;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Defining and revising basic directory entries (catalog administrators only; the controller checks the role). */
@Service
public class BasicItemCommands {

    private final BasicItemRepository repository;
    private final Violations violations;
    private final Clock clock;
    private final BasicCodeLayout layout;

    public BasicItemCommands(BasicItemRepository repository, Violations violations, Clock clock,
                             BasicCodeLayout layout) {
        this.repository = repository;
        this.layout = layout;
        this.violations = violations;
        this.clock = clock;
    }

    public record Definition(String code, String name, String type, String lineDepartment, String legalBasis,
                             List<String> levels) {
    }

    @Transactional
    public BasicItemView define(Definition definition) {
        violations.throwIfAny(BasicItemRules.check(layout, definition.code(), definition.type(), definition.levels(), true));
        if (repository.findByCode(definition.code()).isPresent()) {
            throw ProblemException.conflict("catalog.basic.code.taken", definition.code());
        }
        BasicItem item = BasicItem.define(definition.code(), definition.name(), type(definition.type()),
                definition.lineDepartment(), definition.legalBasis(), BasicItemRules.levels(definition.levels()),
                clock.instant());
        return BasicItemView.of(repository.save(item));
    }

    @Transactional
    public BasicItemView revise(String code, Definition definition, String ifMatch) {
        BasicItem item = repository.findByCode(code).orElseThrow(() -> ProblemException.notFound("基本目录事项", code));
        ETags.requireMatch(ifMatch, item.version());
        violations.throwIfAny(BasicItemRules.check(layout, code, definition.type(), definition.levels(), false));
        item.revise(definition.name(), type(definition.type()), definition.lineDepartment(), definition.legalBasis(),
                BasicItemRules.levels(definition.levels()), clock.instant());
        return BasicItemView.of(repository.save(item));
    }

    private static ItemType type(String code) {
        return StandardCode.requireCode(ItemType.class, code);
    }
}
