package cn.yiwang.cases.casefile;

import cn.yiwang.common.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The access log of a case's personal data (ARCHITECTURE.md "Personal data"): every read of the
 * plain ID number by another service is written here in the reading transaction, and the applicant
 * sees the entries in their case view. Never holds the data itself.
 */
@Component
public class PersonalDataAccessLog {

    /** One read: who (the calling service's client, else the subject), why, which fields. */
    public record Entry(Instant at, String accessor, String purpose, List<String> fields) {
    }

    private final JdbcClient jdbc;

    PersonalDataAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID caseId, Actor actor, String purpose, List<String> fields, Instant at) {
        String accessor = actor.clientId() != null && !actor.clientId().isBlank() ? actor.clientId() : actor.subject();
        jdbc.sql("""
                        INSERT INTO personal_data_access (case_id, accessed_at, accessor, purpose, fields)
                        VALUES (:caseId, :at, :accessor, :purpose, :fields)
                        """)
                .param("caseId", caseId).param("at", Timestamp.from(at)).param("accessor", accessor)
                .param("purpose", purpose).param("fields", String.join(",", fields)).update();
    }

    List<Entry> of(UUID caseId) {
        return jdbc.sql("""
                        SELECT accessed_at, accessor, purpose, fields FROM personal_data_access
                        WHERE case_id = :caseId ORDER BY accessed_at, id
                        """)
                .param("caseId", caseId)
                .query((rs, row) -> new Entry(rs.getTimestamp("accessed_at").toInstant(), rs.getString("accessor"),
                        rs.getString("purpose"), List.of(rs.getString("fields").split(","))))
                .list();
    }
}
