/**
 * The certificate directory (证照目录, GB/T 36902) with each type's metadata fields (GB/T 36903) as
 * a schema that issued metadata is validated against, its holder kind and its validity rule.
 */
package cn.yiwang.certificate.type;
