/**
 * Appeals (申诉) by an organisation against a mistaken or malicious rating, decided by a supervisor;
 * upheld appeals exclude the rating from statistics (国办发〔2019〕51号; DOMAIN.md §4).
 */
package cn.yiwang.review.appeal;
