/** REST API of complaints: the list, one complaint, the answer, hotspots. */
package cn.yiwang.vectorcontrol.complaint.web;
