package cn.yiwang.catalog.search;

import cn.yiwang.catalog.region.Regions;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.identifier.RegionCode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Searches the current published versions (item_version, state CURRENT) with the search columns and indexes. */
@Service
@Transactional(readOnly = true)
public class ItemSearch {

    public static final int MAX_PAGE_SIZE = 100;
    /** Totals above this are reported as "more than" ({@link SearchPage#totalExact()} false). */
    public static final int COUNT_LIMIT = 1000;
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "publishedAt", "published_at");

    private static final RowMapper<ItemSummary> SUMMARY = (rs, row) -> new ItemSummary(rs.getString("code"),
            rs.getString("name"), rs.getString("type"), rs.getString("region_code"), rs.getString("department"),
            rs.getString("implementing_body"), rs.getInt("version_no"), rs.getString("online_depth"),
            rs.getBoolean("fully_online"), rs.getBoolean("at_most_one_visit"), rs.getBoolean("immediate"),
            rs.getString("cross_region_scope"), rs.getBoolean("high_frequency"),
            (Integer) rs.getObject("legal_limit_days"), (Integer) rs.getObject("promised_limit_days"),
            rs.getTimestamp("published_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;
    private final Violations violations;

    public ItemSearch(NamedParameterJdbcTemplate jdbc, Violations violations) {
        this.jdbc = jdbc;
        this.violations = violations;
    }

    public SearchPage search(SearchCriteria criteria) {
        violations.throwIfAny(check(criteria));
        // The driver turns a statement run five times into a prepared one, and PostgreSQL then
        // plans it once for any parameters: a LIKE prefix or a character pair it cannot see
        // cannot pick an index, and every search read all 200,000 items (~200 ms instead of
        // ~5 ms at benchmark size). Each search is planned for its own values.
        jdbc.getJdbcOperations().execute("set local plan_cache_mode = force_custom_plan");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(criteria, parameters);
        // Counted up to COUNT_LIMIT + 1 only: a two-character keyword can match a fifth of the
        // catalogue, and an exact count then read tens of thousands of rows for one page of 20.
        // Above the limit the page says "more than COUNT_LIMIT" (as search engines do: 1000+).
        parameters.addValue("countLimit", COUNT_LIMIT + 1);
        long counted = jdbc.queryForObject("select count(*) from (select 1 from item_version v where " + where
                + " limit :countLimit) as hits", parameters, Long.class);
        boolean exact = counted <= COUNT_LIMIT;
        long total = exact ? counted : COUNT_LIMIT;
        String[] sort = criteria.sort() == null || criteria.sort().isBlank() ? new String[]{"code"} : criteria.sort().split(",");
        String direction = sort.length > 1 && sort[1].strip().equalsIgnoreCase("desc") ? "desc" : "asc";
        parameters.addValue("limit", criteria.size()).addValue("offset", (long) criteria.page() * criteria.size());
        List<ItemSummary> items = jdbc.query("""
                select v.code, v.name, v.type, v.region_code, v.department, v.implementing_body,
                       v.version_no, v.online_depth, v.fully_online, v.at_most_one_visit, v.immediate,
                       v.cross_region_scope, v.high_frequency, v.legal_limit_days, v.promised_limit_days, v.published_at
                from item_version v where %s
                order by v.%s %s, v.code %s limit :limit offset :offset""".formatted(where, SORTS.get(sort[0].strip()), direction,
                direction),
                parameters, SUMMARY);
        return new SearchPage(items, criteria.page(), criteria.size(), total, exact);
    }

    /** The WHERE clause over the current versions; also used by the indicators. */
    static String where(SearchCriteria criteria, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("v.state = 'CURRENT'");
        if (criteria.region() != null) {
            parameters.addValue("subtree", Regions.subtreePattern(criteria.region()));
            List<String> ancestors = Regions.ancestors(criteria.region());
            if (ancestors.isEmpty()) {
                conditions.add("v.region_code like :subtree");
            } else {
                parameters.addValue("ancestors", ancestors);
                conditions.add("(v.region_code like :subtree or (v.region_code in (:ancestors) and v.cross_region_scope <> 'NONE'))");
            }
        }
        if (criteria.department() != null) {
            conditions.add("v.department = :department");
            parameters.addValue("department", criteria.department());
        }
        if (criteria.type() != null) {
            conditions.add("v.type = :type");
            parameters.addValue("type", criteria.type());
        }
        if (criteria.theme() != null) {
            conditions.add("v.theme_list @> array[cast(:theme as text)]");
            parameters.addValue("theme", criteria.theme());
        }
        if (criteria.keyword() != null && !criteria.keyword().isBlank()) {
            String keyword = criteria.keyword().strip();
            parameters.addValue("grams", arrayLiteral(grams(keyword)));
            parameters.addValue("substring", "%" + escape(keyword) + "%");
            parameters.addValue("initials", escape(keyword.toLowerCase(Locale.ROOT)) + "%");
            // The grams pick the candidates by index (V8), LIKE confirms the substring.
            conditions.add("((v.name_grams @> cast(:grams as text[]) and v.name like :substring)"
                    + " or v.name_initials like :initials)");
        }
        flag(conditions, criteria.online(), "v.fully_online");
        flag(conditions, criteria.atMostOneVisit(), "v.at_most_one_visit");
        flag(conditions, criteria.immediate(), "v.immediate");
        if (criteria.crossRegion() != null) {
            conditions.add(criteria.crossRegion() ? "v.cross_region_scope <> 'NONE'" : "v.cross_region_scope = 'NONE'");
        }
        flag(conditions, criteria.highFrequency(), "v.high_frequency");
        return String.join(" and ", conditions);
    }

    private static void flag(List<String> conditions, Boolean wanted, String column) {
        if (wanted != null) {
            conditions.add(wanted ? column : "not " + column);
        }
    }

    /**
     * What a name must contain for the keyword to be a substring of it, as {@code name_grams} holds
     * it (V8): the keyword's character pairs, or its one character. Counted in code points, as
     * PostgreSQL counts characters.
     */
    static String[] grams(String keyword) {
        int[] characters = keyword.codePoints().toArray();
        if (characters.length == 1) {
            return new String[]{new String(characters, 0, 1)};
        }
        java.util.Set<String> pairs = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < characters.length; i++) {
            pairs.add(new String(characters, i, 2));
        }
        return pairs.toArray(String[]::new);
    }

    /** A PostgreSQL array literal: a named parameter that is a Java array would be expanded into a list. */
    static String arrayLiteral(String[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            literal.append(i == 0 ? "\"" : ",\"")
                    .append(values[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    /** LIKE wildcards in user input are literal characters. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<RuleFailure> check(SearchCriteria criteria) {
        List<RuleFailure> failures = new ArrayList<>();
        if (criteria.region() != null && !RegionCode.isValid(criteria.region())) {
            failures.add(new RuleFailure("region", "invalid-format", "catalog.item.region.format", criteria.region()));
        }
        if (criteria.page() < 0) {
            failures.add(new RuleFailure("page", "negative", "catalog.search.page.negative"));
        }
        if (criteria.size() < 1 || criteria.size() > MAX_PAGE_SIZE) {
            failures.add(new RuleFailure("size", "out-of-range", "catalog.search.size.range", MAX_PAGE_SIZE));
        }
        if (criteria.sort() != null && !criteria.sort().isBlank()) {
            String[] sort = criteria.sort().split(",");
            if (!SORTS.containsKey(sort[0].strip()) || sort.length > 2
                    || (sort.length == 2 && !sort[1].strip().matches("(?i)asc|desc"))) {
                failures.add(new RuleFailure("sort", "unknown-sort", "catalog.search.sort.unknown", SORTS.keySet()));
            }
        }
        return failures;
    }
}
