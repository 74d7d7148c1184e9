/** Implementation items (实施清单): claiming from the basic directory, editing, review, versioned publication, withdrawal and change requests. */
package cn.yiwang.catalog.item;
