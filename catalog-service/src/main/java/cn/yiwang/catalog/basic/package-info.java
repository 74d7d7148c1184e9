/** The basic directory (基本目录): items as the line ministry or province defines them, maintained by catalog administrators. */
package cn.yiwang.catalog.basic;
