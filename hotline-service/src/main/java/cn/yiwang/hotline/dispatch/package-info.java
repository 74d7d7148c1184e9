/**
 * The dispatch catalogue: category × region → lead and assisting departments, as data
 * (国办函〔2025〕66号: a catalogue decides the owning department).
 */
package cn.yiwang.hotline.dispatch;
