package cn.yiwang.cases.bundle;

import cn.yiwang.cases.casefile.messaging.CaseEventV1;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows every case event in the transaction of the step that caused it, so a parent and its
 * last child end together or not at all. Cases outside any bundle cost one indexed lookup.
 */
@Component
class ChildCases {

    private final BundleCommands commands;

    ChildCases(BundleCommands commands) {
        this.commands = commands;
    }

    @EventListener
    void on(CaseEventV1 event) {
        commands.childChanged(event);
    }
}
