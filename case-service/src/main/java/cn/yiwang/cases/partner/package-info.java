/**
 * 办件汇聚: partner county systems push the cases they handled in their own systems, in bulk; each
 * record is quality-checked (required fields, legal status order, time order, valid codes, the
 * partner's region), kept once per partner case number, and the region's quality pass rate is reported.
 */
package cn.yiwang.cases.partner;
