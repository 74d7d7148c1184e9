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
 * in the reading transaction; the applicant sees the entries in their case view. The same holds for a bundle
 * parent's merged form (一件事), logged against the parent. Never holds the data itself. Lists (queue, my cases)
 * show personal data masked only, so they write nothing.
 */
@Component
public class PersonalDataAccessLog {

    /** certificate-service read the issuance data ({@link CaseIssuance}). */
    static final String CERTIFICATE_ISSUANCE = "certificate-issuance";
    /** Staff read the case ({@code GET /{id}}, {@code GET /by-number/{number}}, {@code GET /bundles/{id}}). */
    public static final String CASE_VIEW = "case-view";
    /** Staff took a step on the case and were answered with the case view. */
    public static final String CASE_HANDLING = "case-handling";

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
        insert("case_id", caseId, actor, purpose, fields, at);
    }

    /** A read of a bundle parent's personal data (its merged form), in the reading transaction. */
    public void recordBundle(UUID bundleCaseId, Actor actor, String purpose, List<String> fields, Instant at) {
        insert("bundle_case_id", bundleCaseId, actor, purpose, fields, at);
    }

    /** The column is one of this class's two constants, never input. */
    private void insert(String subjectColumn, UUID subject, Actor actor, String purpose, List<String> fields, Instant at) {
        boolean service = actor.hasRole(Roles.SERVICE) && actor.clientId() != null && !actor.clientId().isBlank();
        String accessor = service ? actor.clientId() : actor.subject();
        String roles = actor.roles().stream().filter(Roles.ALL::contains).sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                        INSERT INTO personal_data_access (%s, accessed_at, accessor, accessor_roles, accessor_org,
                                                          purpose, fields)
                        VALUES (:subject, :at, :accessor, :roles, :org, :purpose, :fields)
                        """.formatted(subjectColumn))
                .param("subject", subject).param("at", Timestamp.from(at)).param("accessor", accessor)
                .param("roles", roles.isEmpty() ? null : roles).param("org", actor.orgCode())
                .param("purpose", purpose).param("fields", String.join(",", fields)).update();
    }

    /** The reads of a bundle parent's personal data, oldest first: for the applicant's view of it. */
    public List<Entry> ofBundle(UUID bundleCaseId) {
        return entries("bundle_case_id", bundleCaseId);
    }

    List<Entry> of(UUID caseId) {
        return entries("case_id", caseId);
    }

    private List<Entry> entries(String subjectColumn, UUID subject) {
        return jdbc.sql("""
                        SELECT accessed_at, accessor, accessor_roles, accessor_org, purpose, fields FROM personal_data_access
                        WHERE %s = :subject ORDER BY accessed_at, id
                        """.formatted(subjectColumn))
                .param("subject", subject)
                .query((rs, row) -> new Entry(rs.getTimestamp("accessed_at").toInstant(), rs.getString("accessor"),
                        rs.getString("accessor_roles"), rs.getString("accessor_org"), rs.getString("purpose"), List.of(rs.getString("fields").split(","))))
                .list();
    }
}
