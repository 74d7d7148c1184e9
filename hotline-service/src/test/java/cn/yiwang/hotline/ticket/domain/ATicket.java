package cn.yiwang.hotline.ticket.domain;

import cn.yiwang.hotline.triage.TriageResult;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Named example tickets for the domain tests (object mother). */
final class ATicket {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final By AGENT = new By("agent-1", "12610300MB0000001X");
    static final Department CITY_MANAGEMENT = new Department("11610326MB1111111A", "眉县城市管理执法局");
    static final Department HOUSING = new Department("11610326MB2222222B", "眉县住房和城乡建设局");
    static final By CITY_MANAGEMENT_STAFF = new By("dept-1", CITY_MANAGEMENT.orgCode());
    static final By HOUSING_STAFF = new By("dept-2", HOUSING.orgCode());

    private ATicket() {
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    static Ticket complaint(String categoryCode, Instant at) {
        return registered(TicketType.COMPLAINT, categoryCode, Urgency.NORMAL, TriageResult.none(), at);
    }

    static Ticket consultation(Instant at) {
        return registered(TicketType.CONSULTATION, "gov.service", Urgency.NORMAL, TriageResult.none(), at);
    }

    static Ticket registered(TicketType type, String categoryCode, Urgency urgency, TriageResult triage, Instant at) {
        Ticket.Intake intake = new Ticket.Intake(Channel.PHONE, type, categoryCode, "610326", "眉县首善镇中街市场",
                34.27, 107.75, "市场门口垃圾堆积", urgency, null, null, null);
        return Ticket.register(UUID.randomUUID().toString(), "H" + System.nanoTime(), intake, Ticket.Caller.anonymous(),
                triage, AGENT, at);
    }
}
