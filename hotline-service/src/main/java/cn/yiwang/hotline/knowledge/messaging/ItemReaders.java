package cn.yiwang.hotline.knowledge.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * hotline-service's own readers of catalog-service's item events: only the fields a hotline agent
 * reads out (conditions, materials, limits, fees, place, hours, phone). catalog-service owns the
 * payload; unknown fields are ignored, so its additions never break this reader.
 */
final class ItemReaders {

    private ItemReaders() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(String itemId, String regionCode, Guide guide) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Withdrawn(String itemId, String code) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Guide(String code, String name, String department, String implementingBody, String regionCode, Integer version,
                 Elements guide) {

        /** The answer an agent reads out, in zh-CN as guides are published. */
        String answerText() {
            List<String> lines = new ArrayList<>();
            if (guide == null) {
                return name;
            }
            add(lines, "受理条件", guide.acceptanceConditions());
            if (guide.materials() != null && !guide.materials().isEmpty()) {
                add(lines, "申请材料", String.join("；", guide.materials().stream().map(Material::name).toList()));
            }
            add(lines, "承诺时限", guide.promisedLimit() == null ? null : guide.promisedLimit().text());
            add(lines, "法定时限", guide.legalLimit() == null ? null : guide.legalLimit().text());
            add(lines, "收费", guide.fees() == null ? null : guide.fees().text());
            add(lines, "办理地点", guide.place());
            add(lines, "办理时间", guide.hours());
            add(lines, "咨询电话", guide.consultationPhone());
            return lines.isEmpty() ? name : String.join("\n", lines);
        }

        private static void add(List<String> lines, String label, String value) {
            if (value != null && !value.isBlank()) {
                lines.add(label + "：" + value.strip());
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Elements(String acceptanceConditions, List<Material> materials, Limit promisedLimit, Limit legalLimit, Fees fees,
                    String place, String hours, String consultationPhone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Material(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Limit(Integer value, String unit) {

        String text() {
            if (value == null) {
                return null;
            }
            String shown = switch (unit == null ? "" : unit) {
                case "WORKING_DAY", "WORKING_DAYS" -> "个工作日";
                case "NATURAL_DAY", "NATURAL_DAYS", "DAY" -> "天";
                case "HOUR", "HOURS" -> "小时";
                default -> unit == null ? "" : " " + unit;
            };
            return value + shown;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fees(boolean charged, List<FeeItem> items) {

        String text() {
            if (!charged) {
                return "不收费";
            }
            return items == null || items.isEmpty() ? "收费"
                    : String.join("；", items.stream().map(item -> item.name() + " " + item.standard()).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeeItem(String name, String standard) {
    }
}
