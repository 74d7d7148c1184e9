/** REST API of density monitoring: surveys, records, evaluations, control levels over time. */
package cn.yiwang.vectorcontrol.monitoring.web;
