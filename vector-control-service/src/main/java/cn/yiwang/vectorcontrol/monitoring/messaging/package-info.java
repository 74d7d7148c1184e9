/**
 * The events density monitoring publishes: {@code vectorcontrol.alert.v1} when a survey finds a
 * species below standard (Baoji regulation Art. 21).
 */
package cn.yiwang.vectorcontrol.monitoring.messaging;
