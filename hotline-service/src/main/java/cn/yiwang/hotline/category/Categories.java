package cn.yiwang.hotline.category;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the category tree. Operators change it in the database, so it is never held for long: the
 * tree is read at most once per {@link #FRESH_FOR} (it has tens of rows) and every intake's
 * lookups — the category, whether it is a leaf, its chain for the dispatch catalogue — are answered
 * from that reading instead of four round trips each.
 */
@Service
public class Categories {

    /** How long one reading of the tree answers lookups: a change by an operator shows within this. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private static final String COLUMNS = """
            code, parent_code, name_zh, name_en, description_zh, description_en, keywords, vector_species, open311,
            transfer_to_110, transfer_from_110, service_notice_zh, service_notice_en""";

    private static final RowMapper<Category> ROW = (rs, n) -> new Category(rs.getString("code"), rs.getString("parent_code"),
            rs.getString("name_zh"), rs.getString("name_en"), rs.getString("description_zh"), rs.getString("description_en"),
            rs.getString("keywords"), rs.getString("vector_species"), rs.getBoolean("open311"),
            rs.getBoolean("transfer_to_110"), rs.getBoolean("transfer_from_110"), rs.getString("service_notice_zh"),
            rs.getString("service_notice_en"));

    private final JdbcTemplate jdbc;
    private volatile Tree tree;

    public Categories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One reading of the whole tree, in display order, with what lookups need. */
    private record Tree(List<Category> all, Map<String, Category> byCode, Set<String> parents, long readAtNanos) {

        static Tree of(List<Category> all) {
            Map<String, Category> byCode = new LinkedHashMap<>();
            all.forEach(category -> byCode.put(category.code(), category));
            Set<String> parents = all.stream().map(Category::parentCode).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toUnmodifiableSet());
            return new Tree(List.copyOf(all), Map.copyOf(byCode), parents, System.nanoTime());
        }

        boolean fresh() {
            return System.nanoTime() - readAtNanos < FRESH_FOR.toNanos();
        }
    }

    private Tree tree() {
        Tree current = tree;
        if (current == null || !current.fresh()) {
            current = Tree.of(jdbc.query("select " + COLUMNS + " from category order by position, code", ROW));
            tree = current;
        }
        return current;
    }

    public List<Category> all() {
        return tree().all();
    }

    public Optional<Category> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(tree().byCode().get(code));
    }

    /** Leaf categories only can be chosen for a ticket: a parent groups, it does not describe a matter. */
    public boolean isLeaf(String code) {
        Tree current = tree();
        return current.byCode().containsKey(code) && !current.parents().contains(code);
    }

    /** The category and its ancestors, nearest first: {@code env.vector.rats, env.vector, env}. */
    public List<String> chain(String code) {
        Map<String, Category> byCode = tree().byCode();
        List<String> chain = new ArrayList<>();
        for (String at = code; at != null && byCode.containsKey(at) && !chain.contains(at); at = byCode.get(at).parentCode()) {
            chain.add(at);
        }
        return chain;
    }

    /** Categories 12345 may hand to 110 with one key (the agreed transfer list). */
    public Set<String> transferListTo110() {
        return all().stream().filter(Category::transferTo110).map(Category::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Categories handled jointly with 110 (联动): those on the agreed list in either direction. */
    public Set<String> jointListWith110() {
        return all().stream().filter(category -> category.transferTo110() || category.transferFrom110())
                .map(Category::code).collect(Collectors.toUnmodifiableSet());
    }

    public List<Category> open311Services() {
        return jdbc.query("select " + COLUMNS + " from category where open311 order by position, code", ROW);
    }

    public List<CategoryAttribute> attributes(String code) {
        Map<String, List<CategoryAttribute.Value>> values = new LinkedHashMap<>();
        jdbc.query("""
                select attribute_code, value_key, name_zh, name_en from category_attribute_value
                where category_code = ? order by attribute_code, position""", rs -> {
            values.computeIfAbsent(rs.getString("attribute_code"), key -> new ArrayList<>())
                    .add(new CategoryAttribute.Value(rs.getString("value_key"), rs.getString("name_zh"), rs.getString("name_en")));
        }, code);
        return jdbc.query("""
                select code, datatype, required, description_zh, description_en, position from category_attribute
                where category_code = ? order by position""", (rs, n) -> new CategoryAttribute(rs.getString("code"),
                rs.getString("datatype"), rs.getBoolean("required"), rs.getString("description_zh"),
                rs.getString("description_en"), rs.getInt("position"),
                List.copyOf(values.getOrDefault(rs.getString("code"), List.of()))), code);
    }
}
