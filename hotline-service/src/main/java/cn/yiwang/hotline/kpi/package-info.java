/**
 * KPIs of the hotline by department and region (GB/T 33358-2016 "三率" plus on-time and return-visit
 * rates): response, on-time, resolution, satisfaction and return-visit rates, computed from tickets.
 */
package cn.yiwang.hotline.kpi;
