/**
 * Inspections by supervising departments (Baoji regulation Art. 30–31): findings per place, a
 * rectification order with a deadline, re-inspection and closure; orders left open past their
 * deadline are escalated to the region's patriotic-health office (爱卫办).
 */
package cn.yiwang.vectorcontrol.inspection;
