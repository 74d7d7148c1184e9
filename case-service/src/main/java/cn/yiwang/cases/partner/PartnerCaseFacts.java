package cn.yiwang.cases.partner;

import cn.yiwang.cases.partner.domain.PushedCase;
import cn.yiwang.common.calendar.Pause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the indicators can learn from an accepted partner record (办件汇聚): only what its history says. A partner
 * record carries no deadline, no extension and no delivery method; the indicators derive what they can and leave
 * the rest out (see {@code indicator.Indicators}).
 *
 * @param itemCode    the implementation code: its implementing body is the deciding body
 * @param channel     {@code PC}, {@code MOBILE}, {@code KIOSK}, {@code WINDOW} or null when the partner did not say
 * @param submittedAt the first step (a passing record starts with SUBMITTED)
 * @param acceptedAt  the first ACCEPTED step, or null
 * @param concludedAt the CONCLUDED step, or null
 * @param pauses      each SPECIAL_PROCEDURE step until the step after it (open while it is the last one)
 * @param status      the status the case stands at: the last step's
 */
public record PartnerCaseFacts(String itemCode, String channel, Instant submittedAt, Instant acceptedAt,
                               Instant concludedAt, List<Pause> pauses, String status) {

    public PartnerCaseFacts {
        pauses = List.copyOf(pauses);
    }

    static PartnerCaseFacts of(String itemCode, String channel, List<PushedCase.Step> history) {
        Instant submitted = history.isEmpty() ? null : history.get(0).at();
        Instant accepted = null;
        Instant concluded = null;
        List<Pause> pauses = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            PushedCase.Step step = history.get(i);
            switch (step.status()) {
                case "ACCEPTED" -> accepted = accepted == null ? step.at() : accepted;
                case "CONCLUDED" -> concluded = concluded == null ? step.at() : concluded;
                case "SPECIAL_PROCEDURE" -> pauses.add(new Pause(step.at(), i + 1 < history.size() ? history.get(i + 1).at() : null));
                default -> {
                }
            }
        }
        String status = history.isEmpty() ? null : history.get(history.size() - 1).status();
        return new PartnerCaseFacts(itemCode, channel, submitted, accepted, concluded, pauses, status);
    }

    public boolean online() {
        return "PC".equals(channel) || "MOBILE".equals(channel);
    }
}
