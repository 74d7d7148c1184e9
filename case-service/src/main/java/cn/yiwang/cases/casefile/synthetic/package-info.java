/** Synthetic cases for benchmark databases: {@code yiwang.cases.synthetic-cases=N} loads N cases in bulk at start-up. */
package cn.yiwang.cases.casefile.synthetic;
