package cn.yiwang.certificate.issuance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Serials per type, issuer and year: the year followed by a 7-digit sequence (e.g. 20260000001),
 * the shape of the serials in DOMAIN.md's identifier vectors. The upsert takes a row lock, so two
 * concurrent issues never get the same serial.
 */
@Component
class SerialNumbers {

    private static final String NEXT = """
            INSERT INTO serial_counter (type_code, issuer_code, year, last_value) VALUES (?, ?, ?, 1)
            ON CONFLICT (type_code, issuer_code, year) DO UPDATE SET last_value = serial_counter.last_value + 1
            RETURNING last_value
            """;

    private final JdbcTemplate jdbc;

    SerialNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(String typeCode, String issuerCode, int year) {
        Long value = jdbc.queryForObject(NEXT, Long.class, typeCode, issuerCode, year);
        return String.format(Locale.ROOT, "%04d%07d", year, value);
    }
}
