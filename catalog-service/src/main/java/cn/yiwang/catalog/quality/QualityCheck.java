package cn.yiwang.catalog.quality;

import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import java.util.List;

/** Runs the configured rules: the report for editors and reviewers, and the gate before publication. */
@Service
@EnableConfigurationProperties(QualityProperties.class)
public class QualityCheck {

    private final QualityRules rules;
    private final Violations violations;

    public QualityCheck(QualityProperties properties, Violations violations) {
        this.rules = new QualityRules(properties);
        this.violations = violations;
    }

    public QualityReport report(ServiceGuide item) {
        List<QualityRules.Finding> findings = rules.check(item);
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return new QualityReport(item.code(), errors == 0, findings.isEmpty(), errors, findings.size() - errors,
                findings.stream().map(f -> new QualityReport.Entry(f.rule(), f.severity(), f.element(),
                        violations.message(f.messageKey(), f.element()))).toList());
    }

    public boolean passes(ServiceGuide item) {
        return rules.check(item).isEmpty();
    }

    /** The error-level failures that keep an item from being published, each naming its rule. */
    public List<RuleFailure> blockingFailures(ServiceGuide item) {
        return rules.check(item).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new RuleFailure(f.element(), f.rule(), f.messageKey(), f.element())).toList();
    }
}
