package cn.yiwang.hotline.category;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the category tree; operators change it in the database, so nothing here is cached for long. */
@Service
public class Categories {

    private static final String COLUMNS = """
            code, parent_code, name_zh, name_en, description_zh, description_en, keywords, vector_species, open311,
            transfer_to_110, transfer_from_110, service_notice_zh, service_notice_en""";

    private static final RowMapper<Category> ROW = (rs, n) -> new Category(rs.getString("code"), rs.getString("parent_code"),
            rs.getString("name_zh"), rs.getString("name_en"), rs.getString("description_zh"), rs.getString("description_en"),
            rs.getString("keywords"), rs.getString("vector_species"), rs.getBoolean("open311"),
            rs.getBoolean("transfer_to_110"), rs.getBoolean("transfer_from_110"), rs.getString("service_notice_zh"),
            rs.getString("service_notice_en"));

    private final JdbcTemplate jdbc;

    public Categories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.query("select " + COLUMNS + " from category order by position, code", ROW);
    }

    public Optional<Category> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from category where code = ?", ROW, code).stream().findFirst();
    }

    /** Leaf categories only can be chosen for a ticket: a parent groups, it does not describe a matter. */
    public boolean isLeaf(String code) {
        Integer children = jdbc.queryForObject("select count(*) from category where parent_code = ?", Integer.class, code);
        return children != null && children == 0;
    }

    /** The category and its ancestors, nearest first: {@code env.vector.rats, env.vector, env}. */
    public List<String> chain(String code) {
        Map<String, String> parents = all().stream()
                .filter(category -> category.parentCode() != null)
                .collect(Collectors.toMap(Category::code, Category::parentCode));
        List<String> chain = new ArrayList<>();
        for (String at = code; at != null && !chain.contains(at); at = parents.get(at)) {
            chain.add(at);
        }
        return chain;
    }

    /** Categories 12345 may hand to 110 with one key (the agreed transfer list). */
    public Set<String> transferListTo110() {
        return Set.copyOf(jdbc.queryForList("select code from category where transfer_to_110", String.class));
    }

    /** Categories handled jointly with 110 (联动): those on the agreed list in either direction. */
    public Set<String> jointListWith110() {
        return Set.copyOf(jdbc.queryForList("select code from category where transfer_to_110 or transfer_from_110",
                String.class));
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
