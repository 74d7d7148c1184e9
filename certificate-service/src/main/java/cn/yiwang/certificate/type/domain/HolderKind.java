package cn.yiwang.certificate.type.domain;

/** Whom a type of certificate is issued to; decides which holder ID type an issue must carry. */
public enum HolderKind {
    /** People: citizen ID number (holder ID type 111). */
    CITIZEN,
    /** Organisations and individual businesses: unified social credit code (holder ID type 001). */
    ORGANISATION
}
