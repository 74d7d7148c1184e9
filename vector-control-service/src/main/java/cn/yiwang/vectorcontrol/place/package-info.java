/**
 * Responsible units and key places (责任单位、重点场所) with their responsible person and prevention
 * facilities, the supervising department per place type (Baoji regulation Art. 5) and breeding
 * sites (孳生地) with remediation deadlines and re-checks (Art. 16).
 */
package cn.yiwang.vectorcontrol.place;
