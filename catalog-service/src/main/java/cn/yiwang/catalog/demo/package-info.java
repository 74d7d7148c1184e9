/** Demo data for the seed regions (Mei County first) and a generator that also loads benchmark-sized catalogs; off unless the local launcher turns it on. */
package cn.yiwang.catalog.demo;
