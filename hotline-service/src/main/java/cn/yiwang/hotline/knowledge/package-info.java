/**
 * The knowledge base of direct answers (国办发〔2020〕53号: answer on the spot where possible): the
 * published service guides of catalog-service ({@code item.published}) and the centre's FAQs, searchable
 * by words and region.
 */
package cn.yiwang.hotline.knowledge;
