package cn.yiwang.certificate.type.domain;

/** What a metadata value must look like; every value travels and is signed as text. */
public enum FieldKind {
    TEXT, DATE, NUMBER, CHOICE
}
