package cn.yiwang.catalog.region;

import cn.yiwang.common.identifier.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The region table: operators add regions as data (migration or SQL), never as code. A code that is
 * well-formed but not in the table is an unknown region.
 */
@Component
public class Regions {

    private final JdbcTemplate jdbc;

    public Regions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isKnown(String code) {
        return RegionCode.isValid(code) && name(code).isPresent();
    }

    public Optional<String> name(String code) {
        return jdbc.queryForList("select name from region where code = ?", String.class, code).stream().findFirst();
    }

    /**
     * The regions above {@code code}, nearest first, as the codes items are filed under:
     * 610326 → 610300, 610000; 610326100000 → 610326, 610300, 610000.
     */
    public static List<String> ancestors(String code) {
        List<String> ancestors = new ArrayList<>();
        String prefix = RegionCode.of(code).prefix();
        if (prefix.length() == 12) {
            ancestors.add(prefix.substring(0, 9) + "000");
            prefix = prefix.substring(0, 9);
        }
        if (prefix.length() == 9) {
            ancestors.add(prefix.substring(0, 6));
            prefix = prefix.substring(0, 6);
        }
        if (prefix.length() == 6) {
            ancestors.add(prefix.substring(0, 4) + "00");
            prefix = prefix.substring(0, 4);
        }
        if (prefix.length() == 4) {
            ancestors.add(prefix.substring(0, 2) + "0000");
        }
        ancestors.removeIf(ancestor -> ancestor.equals(code));
        return List.copyOf(ancestors);
    }

    /** The LIKE pattern matching {@code code} and every region below it. */
    public static String subtreePattern(String code) {
        return RegionCode.of(code).prefix() + "%";
    }
}
