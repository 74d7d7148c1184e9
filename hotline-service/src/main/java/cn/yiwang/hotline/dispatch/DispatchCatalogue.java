package cn.yiwang.hotline.dispatch;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.hotline.category.Categories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dispatch catalogue (派单目录, 国办函〔2025〕66号): which department owns a matter of a category in
 * a region. Rows are data; the most specific category wins, then the most specific region (a county
 * row over the city row that covers it).
 */
@Service
public class DispatchCatalogue {

    private final JdbcTemplate jdbc;
    private final Categories categories;

    public DispatchCatalogue(JdbcTemplate jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    private record Row(String categoryCode, String regionCode, String leadOrgCode, String leadOrgName, String assisting) {
    }

    public Optional<DispatchProposal> propose(String categoryCode, String regionCode) {
        List<String> chain = categories.chain(categoryCode);
        if (chain.isEmpty() || !RegionCode.isValid(regionCode)) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.query("""
                select category_code, region_code, lead_org_code, lead_org_name, assisting_org_codes
                from dispatch_rule where category_code = any (?)""",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                (Object) chain.toArray(String[]::new));
        return rows.stream()
                .filter(row -> RegionCode.isValid(row.regionCode()) && RegionCode.of(row.regionCode()).covers(regionCode))
                .max(Comparator.<Row>comparingInt(row -> -chain.indexOf(row.categoryCode()))
                        .thenComparingInt(row -> significantLength(row.regionCode())))
                .map(row -> new DispatchProposal(row.leadOrgCode(), row.leadOrgName(), split(row.assisting()),
                        row.categoryCode(), row.regionCode()));
    }

    /** Whether an organisation appears anywhere in the catalogue, and its name if so. */
    public Optional<String> departmentName(String orgCode) {
        return jdbc.queryForList("select lead_org_name from dispatch_rule where lead_org_code = ? limit 1", String.class, orgCode)
                .stream().findFirst();
    }

    /** 610326 → 6 digits, 610300 → 4, 610000 → 2: how narrow the region is (GB/T 2260). */
    static int significantLength(String regionCode) {
        return RegionCode.of(regionCode).prefix().length();
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).toList();
    }
}
