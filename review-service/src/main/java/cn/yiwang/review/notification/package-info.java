/**
 * The in-app inbox: who is told what when an invitation opens, a rectification work order is
 * assigned, overdue or escalated, a reply is given or an appeal decided — recorded per recipient,
 * read with paging, marked read per reader, and published for a delivery service (no SMS here).
 */
package cn.yiwang.review.notification;
