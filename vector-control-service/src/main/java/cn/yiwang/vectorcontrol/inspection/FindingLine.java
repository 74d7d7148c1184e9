package cn.yiwang.vectorcontrol.inspection;

/** What an inspector found, as entered and as shown: which pest or facility, and what exactly. */
public record FindingLine(String subject, String description) {
}
