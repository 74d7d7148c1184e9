/**
 * Density monitoring (密度监测) by the CDC and the control levels it yields: records per species
 * and method, the indices of GB/T 27770–27773 and the A/B/C grading against a versioned threshold
 * table, reported to the patriotic-health committee (Baoji regulation Art. 21).
 */
package cn.yiwang.vectorcontrol.monitoring;
