/**
 * The case aggregate and its state machine in plain Java: every method checks the transition,
 * changes the state and returns the events it caused.
 */
package cn.yiwang.cases.casefile.domain;
