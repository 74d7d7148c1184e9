package cn.yiwang.hotline.category;

import java.util.List;
import java.util.Locale;

/** An extra question a category asks (Open311 "attribute"), with its list of values if any. */
public record CategoryAttribute(String code, String datatype, boolean required, String descriptionZh,
                                String descriptionEn, int position, List<Value> values) {

    public String description(Locale locale) {
        return Category.english(locale) ? descriptionEn : descriptionZh;
    }

    public record Value(String key, String nameZh, String nameEn) {

        public String name(Locale locale) {
            return Category.english(locale) ? nameEn : nameZh;
        }
    }
}
