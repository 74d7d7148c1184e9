/**
 * The deadline rules of a case, in working days on the official calendar: the legal limit and the
 * promised limit run from acceptance (Administrative Licensing Law §42, §82), special procedures
 * stop the clock (§45), one extension with a reason is allowed (§42: 20 + 10 working days; §26
 * joint handling 45 + 15), and the traffic-light colour staff see in their queues.
 */
package cn.yiwang.cases.clock;
