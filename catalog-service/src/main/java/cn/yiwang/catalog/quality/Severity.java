package cn.yiwang.catalog.quality;

/** How much a failing rule matters: an error blocks publication, a warning is reported, off is not checked. */
public enum Severity {
    ERROR, WARNING, OFF
}
