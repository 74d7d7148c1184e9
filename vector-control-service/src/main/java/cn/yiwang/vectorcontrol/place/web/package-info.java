/** REST API of places, department offices and breeding sites. */
package cn.yiwang.vectorcontrol.place.web;
