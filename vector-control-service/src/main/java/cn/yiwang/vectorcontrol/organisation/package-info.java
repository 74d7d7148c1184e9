/**
 * Pest-control service organisations (病媒生物防制服务机构): registration with the Art. 25
 * conditions and the public list of those that meet them, technicians and their training, service
 * contracts with responsible units, and service records whose products are checked against the
 * banned pesticides and acute rodenticides of Art. 26 and 28 (Art. 29 records).
 */
package cn.yiwang.vectorcontrol.organisation;
