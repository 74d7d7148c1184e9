/** REST API of service organisations, including the public list of compliant ones. */
package cn.yiwang.vectorcontrol.organisation.web;
