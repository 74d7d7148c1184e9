package cn.yiwang.hotline.category;

import java.util.Locale;

/**
 * One node of the configurable category tree (data in table {@code category}).
 *
 * @param vectorSpecies RATS, MOSQUITOES, FLIES or COCKROACHES for the vector categories, whose
 *                      tickets become complaints in vector-control-service; otherwise null
 * @param open311       offered as an Open311 service (and its tickets listed there)
 * @param transferTo110 on the list of matters 12345 hands to 110 with one key (国办发〔2022〕12号)
 * @param transferFrom110 on the list of matters 110 hands to 12345
 */
public record Category(String code, String parentCode, String nameZh, String nameEn, String descriptionZh,
                       String descriptionEn, String keywords, String vectorSpecies, boolean open311,
                       boolean transferTo110, boolean transferFrom110, String serviceNoticeZh,
                       String serviceNoticeEn) {

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameZh;
    }

    public String description(Locale locale) {
        return english(locale) ? descriptionEn : descriptionZh;
    }

    public String serviceNotice(Locale locale) {
        return english(locale) ? serviceNoticeEn : serviceNoticeZh;
    }

    public boolean isVector() {
        return vectorSpecies != null;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
