package cn.yiwang.catalog.guide;

import cn.yiwang.catalog.codes.MaterialSource;

/**
 * One application material.
 *
 * @param key                   stable identity of the material across items (e.g. {@code id-card},
 *                              {@code business-licence}), by which bundles merge materials
 * @param name                  材料名称
 * @param issuingBody           出具单位
 * @param originals             原件份数
 * @param copies                复印件份数
 * @param required              是否必需
 * @param source                来源渠道
 * @param certificateType       electronic certificate type code when the source is government-issued
 * @param blankFormUrl          空白表格
 * @param sampleUrl             示例样表
 * @param commitmentAllowed     可告知承诺 (国办发〔2020〕42号)
 * @param acceptWithGapsAllowed 可容缺受理 (local practice)
 */
public record Material(String key, String name, String issuingBody, int originals, int copies, boolean required,
                       MaterialSource source, String certificateType, String blankFormUrl, String sampleUrl,
                       boolean commitmentAllowed, boolean acceptWithGapsAllowed) {
}
