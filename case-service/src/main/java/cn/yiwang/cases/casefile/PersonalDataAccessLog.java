package cn.yiwang.cases.casefile;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The access log of a case's personal data (ARCHITECTURE.md "Personal data": access to a person's file
 * is written to an access log): every read of the plain ID number by another service, and every case
 * view that shows staff the applicant's ID number, phone or certificate data unmasked, is written here
 * in the reading transaction; the applicant sees the entries in their case view. Never holds the data
 * itself. Lists (queue, my cases) show personal data masked only, so they write nothing.
 */
@Component
public class PersonalDataAccessLog {

    /** certificate-service read the issuance data ({@link CaseIssuance}). */
    static final String CERTIFICATE_ISSUANCE = "certificate-issuance";
    /** Staff read the case ({@code GET /{id}}, {@code GET /by-number/{number}}). */
    static final String CASE_VIEW = "case-view";
    /** Staff took a step on the case and were answered with the case view. */
    static final String CASE_HANDLING = "case-handling";

    /**
     * One read: who (the calling service's client, else the subject), with which platform roles and for
     * which organisation (staff; null for services), why, which fields (paths in the answer).
     */
    public record Entry(Instant at, String accessor, String accessorRoles, String accessorOrg, String purpose,
                        List<String> fields) {
    }

    private final JdbcClient jdbc;

    PersonalDataAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID caseId, Actor actor, String purpose, List<String> fields, Instant at) {
        boolean service = actor.hasRole(Roles.SERVICE) && actor.clientId() != null && !actor.clientId().isBlank();
        String accessor = service ? actor.clientId() : actor.subject();
        String roles = actor.roles().stream().filter(Roles.ALL::contains).sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                        INSERT INTO personal_data_access (case_id, accessed_at, accessor, accessor_roles, accessor_org,
                                                          purpose, fields)
                        VALUES (:caseId, :at, :accessor, :roles, :org, :purpose, :fields)
                        """)
                .param("caseId", caseId).param("at", Timestamp.from(at)).param("accessor", accessor)
                .param("roles", roles.isEmpty() ? null : roles).param("org", actor.orgCode())
                .param("purpose", purpose).param("fields", String.join(",", fields)).update();
    }

    List<Entry> of(UUID caseId) {
        return jdbc.sql("""
                        SELECT accessed_at, accessor, accessor_roles, accessor_org, purpose, fields FROM personal_data_access
                        WHERE case_id = :caseId ORDER BY accessed_at, id
                        """)
                .param("caseId", caseId)
                .query((rs, row) -> new Entry(rs.getTimestamp("accessed_at").toInstant(), rs.getString("accessor"),
                        rs.getString("accessor_roles"), rs.getString("accessor_org"), rs.getString("purpose"), List.of(rs.getString("fields").split(","))))
                .list();
    }
}
