/** Validators for the identifiers of GB 11643, GB 32100 and GB/T 2260 (region codes). */
package cn.yiwang.common.identifier;
