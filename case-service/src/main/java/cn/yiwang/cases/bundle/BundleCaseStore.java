package cn.yiwang.cases.bundle;

import cn.yiwang.cases.bundle.domain.BundleCase;
import cn.yiwang.cases.bundle.domain.BundleCaseState;
import cn.yiwang.cases.bundle.domain.ChildCase;
import cn.yiwang.common.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores bundle applications whole as JSON ({@code bundle_case}) with a row per child case
 * ({@code bundle_case_child}) to find a child's parent. Updates check the loaded version.
 */
@Repository
class BundleCaseStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BundleCaseStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<BundleCase> find(UUID id) {
        return jdbc.sql("SELECT state, version FROM bundle_case WHERE id = :id").param("id", id)
                .query((rs, row) -> restore(rs.getString("state"), rs.getLong("version"))).optional();
    }

    /** The parent of a child case, its row locked for the rest of the transaction: children ending at once queue up. */
    Optional<BundleCase> parentOfForUpdate(UUID childCaseId) {
        return jdbc.sql("""
                        SELECT b.state, b.version FROM bundle_case b JOIN bundle_case_child c ON c.parent_id = b.id
                        WHERE c.case_id = :id FOR UPDATE OF b
                        """).param("id", childCaseId)
                .query((rs, row) -> restore(rs.getString("state"), rs.getLong("version"))).optional();
    }

    Optional<BundleCase> findForUpdate(UUID id) {
        return jdbc.sql("SELECT state, version FROM bundle_case WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> restore(rs.getString("state"), rs.getLong("version"))).optional();
    }

    void save(BundleCase bundleCase) {
        BundleCaseState s = bundleCase.state();
        if (s.version() == 0) {
            jdbc.sql("""
                            INSERT INTO bundle_case (id, number, bundle_id, applicant_id_hash, accepting_region, accepting_org,
                                status, submitted_at, state, version, updated_at)
                            VALUES (:id, :number, :bundleId, :hash, :region, :org, :status, :submittedAt,
                                CAST(:state AS jsonb), 1, now())
                            """)
                    .param("id", s.id()).param("number", s.number()).param("bundleId", s.bundleId())
                    .param("hash", s.applicantIdHash()).param("region", s.acceptingRegionCode())
                    .param("org", s.acceptingOrgCode()).param("status", s.status().name())
                    .param("submittedAt", Timestamp.from(s.submittedAt())).param("state", json.writeValueAsString(s))
                    .update();
            for (ChildCase child : s.children()) {
                jdbc.sql("INSERT INTO bundle_case_child (case_id, parent_id) VALUES (:child, :parent)")
                        .param("child", child.caseId()).param("parent", s.id()).update();
            }
            return;
        }
        int changed = jdbc.sql("""
                        UPDATE bundle_case SET status = :status, state = CAST(:state AS jsonb), version = version + 1,
                            updated_at = now()
                        WHERE id = :id AND version = :version
                        """)
                .param("id", s.id()).param("status", s.status().name()).param("state", json.writeValueAsString(s))
                .param("version", s.version()).update();
        if (changed != 1) {
            throw ProblemException.conflict("case.concurrent-change");
        }
    }

    private BundleCase restore(String stateJson, long version) {
        BundleCaseState s = json.readValue(stateJson, BundleCaseState.class);
        return BundleCase.restore(new BundleCaseState(s.id(), s.number(), s.bundleId(), s.bundleName(),
                s.bundleVersion(), s.leadDepartment(), s.bundleRegionCode(), s.applicantType(), s.applicantName(),
                s.applicantIdHash(), s.formEncrypted(), s.channel(), s.acceptingRegionCode(), s.acceptingOrgCode(),
                s.status(), s.submittedAt(), s.closedAt(), s.closeReason(), s.result(), s.children(), s.promise(), version));
    }
}
