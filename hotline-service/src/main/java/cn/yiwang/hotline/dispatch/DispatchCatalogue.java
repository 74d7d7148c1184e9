package cn.yiwang.hotline.dispatch;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.hotline.category.Categories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dispatch catalogue (派单目录, 国办函〔2025〕66号): which department owns a matter of a category in
 * a region. Rows are data; the most specific category wins, then the most specific region (a county
 * row over the city row that covers it).
 *
 * <p>Every intake asks the catalogue, and operators change it rarely (in the database, like the category
 * tree): it is read whole at most once per {@link #FRESH_FOR} (it has tens to hundreds of rows) and
 * answered from memory, instead of one query per intake.
 */
@Service
public class DispatchCatalogue {

    /** How long one reading of the catalogue answers: a change by an operator shows within this. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final Categories categories;
    private volatile Reading reading;

    public DispatchCatalogue(JdbcTemplate jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    private record Row(String categoryCode, String regionCode, String leadOrgCode, String leadOrgName, String assisting) {
    }

    /** One reading of the whole catalogue: the rules by category, and the departments' names. */
    private record Reading(Map<String, List<Row>> byCategory, Map<String, String> departmentNames, long readAtNanos) {

        static Reading of(List<Row> rows) {
            Map<String, List<Row>> byCategory = rows.stream().collect(Collectors.groupingBy(Row::categoryCode));
            Map<String, String> names = new HashMap<>();
            rows.forEach(row -> names.putIfAbsent(row.leadOrgCode(), row.leadOrgName()));
            return new Reading(Map.copyOf(byCategory), Map.copyOf(names), System.nanoTime());
        }

        boolean fresh() {
            return System.nanoTime() - readAtNanos < FRESH_FOR.toNanos();
        }
    }

    private Reading reading() {
        Reading current = reading;
        if (current == null || !current.fresh()) {
            current = Reading.of(jdbc.query("""
                    select category_code, region_code, lead_org_code, lead_org_name, assisting_org_codes
                    from dispatch_rule order by id""",
                    (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
            reading = current;
        }
        return current;
    }

    public Optional<DispatchProposal> propose(String categoryCode, String regionCode) {
        List<String> chain = categories.chain(categoryCode);
        if (chain.isEmpty() || !RegionCode.isValid(regionCode)) {
            return Optional.empty();
        }
        Map<String, List<Row>> byCategory = reading().byCategory();
        return chain.stream().flatMap(code -> byCategory.getOrDefault(code, List.of()).stream())
                .filter(row -> RegionCode.isValid(row.regionCode()) && RegionCode.of(row.regionCode()).covers(regionCode))
                .max(Comparator.<Row>comparingInt(row -> -chain.indexOf(row.categoryCode()))
                        .thenComparingInt(row -> significantLength(row.regionCode())))
                .map(row -> new DispatchProposal(row.leadOrgCode(), row.leadOrgName(), split(row.assisting()),
                        row.categoryCode(), row.regionCode()));
    }

    /** Whether an organisation appears anywhere in the catalogue, and its name if so. */
    public Optional<String> departmentName(String orgCode) {
        return Optional.ofNullable(reading().departmentNames().get(orgCode));
    }

    /** 610326 → 6 digits, 610300 → 4, 610000 → 2: how narrow the region is (GB/T 2260). */
    static int significantLength(String regionCode) {
        return RegionCode.of(regionCode).prefix().length();
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).toList();
    }
}
