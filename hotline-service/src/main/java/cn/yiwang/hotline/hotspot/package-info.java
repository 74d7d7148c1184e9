/**
 * Hotspots (未诉先办): a rolling count of new tickets by category and area raises
 * {@code hotspot.detected} on {@code hotline.hotspot.v1}, with the tickets behind it, when a
 * configurable threshold is crossed — so departments act before more people have to call.
 */
package cn.yiwang.hotline.hotspot;
