/** REST API of inspections, rectification orders and the overdue list. */
package cn.yiwang.vectorcontrol.inspection.web;
