/** Platform rules for JSON input that every service shares: text that cannot be stored or shown is refused. */
package cn.yiwang.common.json;
