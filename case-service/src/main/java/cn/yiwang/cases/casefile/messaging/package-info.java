/** The case's events on the wire ({@code cases.case.v1}) and the listeners for other services' events. */
package cn.yiwang.cases.casefile.messaging;
