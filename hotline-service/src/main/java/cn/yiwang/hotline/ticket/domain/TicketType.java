package cn.yiwang.hotline.ticket.domain;

/** The six kinds of request of 国办发〔2020〕53号: 咨询、求助、投诉、举报、建议、表扬. */
public enum TicketType {
    CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION, PRAISE
}
