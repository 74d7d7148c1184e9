/**
 * The 12345 ticket as plain Java: states, steps and the rules of 国办发〔2020〕53号 and
 * 国办函〔2025〕66号; no web or messaging imports.
 */
package cn.yiwang.hotline.ticket.domain;
