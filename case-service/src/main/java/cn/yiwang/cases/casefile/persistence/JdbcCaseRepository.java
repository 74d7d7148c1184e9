package cn.yiwang.cases.casefile.persistence;

import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseRepository;
import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.casefile.domain.CaseStatus;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.material.Material;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores the case whole as JSON with the columns queues filter on beside it. Updates check the
 * version the case was loaded at, so two clerks acting at once cannot overwrite each other.
 */
@Repository
public class JdbcCaseRepository implements CaseRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcCaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Case> find(UUID id) {
        return jdbc.sql("SELECT state, version FROM case_file WHERE id = :id").param("id", id)
                .query((rs, row) -> restore(rs.getString("state"), rs.getLong("version"))).optional();
    }

    @Override
    public Optional<Case> findByNumber(String number) {
        return jdbc.sql("SELECT state, version FROM case_file WHERE number = :number").param("number", number)
                .query((rs, row) -> restore(rs.getString("state"), rs.getLong("version"))).optional();
    }

    /** Locks the row for the rest of the transaction: the scans use it so that two instances never handle one case. */
    public Optional<Case> findForUpdate(UUID id) {
        return jdbc.sql("SELECT state, version FROM case_file WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> restore(rs.getString("state"), rs.getLong("version"))).optional();
    }

    @Override
    public void save(Case kase, Deadlines deadlines) {
        CaseState state = kase.state();
        long loaded = state.version();
        String sql = loaded == 0 ? INSERT : UPDATE;
        int changed = jdbc.sql(sql)
                .param("id", state.id())
                .param("number", state.number())
                .param("status", state.status().name())
                .param("itemCode", state.item().implementationCode())
                .param("itemName", state.item().name())
                .param("applicantType", state.applicant().type().name())
                .param("applicantIdHash", state.applicant().idHash())
                .param("channel", state.channel().name())
                .param("acceptingRegion", state.accepting().regionCode())
                .param("acceptingOrg", state.accepting().orgCode())
                .param("decidingRegion", state.deciding().regionCode())
                .param("decidingOrg", state.deciding().orgCode())
                .param("submittedAt", ts(state.submittedAt()))
                .param("acceptedAt", ts(state.acceptedAt()))
                .param("concludedAt", ts(state.decision() == null ? null : state.decision().at()))
                .param("outcome", state.decision() == null ? null : state.decision().outcome().name())
                .param("legalDue", ts(deadlines.legalDue()))
                .param("promisedDue", ts(deadlines.promisedDue()))
                .param("warningAt", ts(deadlines.warningAt()))
                .param("awaitsVerification", kase.awaitsVerification() && state.status() == CaseStatus.SUBMITTED)
                .param("openGapDue", state.materials().stream().filter(Material::gapOpen).map(Material::gapDue)
                        .min(Comparator.naturalOrder()).orElse(null), java.sql.Types.DATE)
                .param("warned", state.warned())
                .param("overdue", state.overdue())
                .param("commitmentPending", kase.awaitsCommitmentCheck())
                .param("state", json.writeValueAsString(state))
                .param("version", loaded)
                .update();
        if (changed != 1) {
            throw new ConcurrentCaseChangeException(state.id());
        }
    }

    private Case restore(String stateJson, long version) {
        CaseState stored = json.readValue(stateJson, CaseState.class);
        return Case.restore(new CaseState(stored.id(), stored.number(), stored.item(), stored.applicant(),
                stored.channel(), stored.accepting(), stored.status(), stored.submission(), stored.submittedAt(),
                stored.receivedAt(), stored.materials(), stored.notices(), stored.acceptedAt(), stored.acceptedBy(),
                stored.clockStart(), stored.procedures(), stored.extension(), stored.decision(), stored.delivery(),
                stored.closedAt(), stored.closeReason(), stored.warned(), stored.overdue(), stored.commitmentCheck(),
                stored.timeline(), stored.bundle(), version));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static final String INSERT = """
            INSERT INTO case_file (id, number, status, item_code, item_name, applicant_type, applicant_id_hash, channel,
                accepting_region, accepting_org, deciding_region, deciding_org, submitted_at, accepted_at, concluded_at,
                outcome, legal_due_at, promised_due_at, warning_at, awaits_verification, open_gap_due, warned, overdue,
                commitment_pending, state, version, updated_at)
            SELECT :id, :number, :status, :itemCode, :itemName, :applicantType, :applicantIdHash, :channel,
                :acceptingRegion, :acceptingOrg, :decidingRegion, :decidingOrg, :submittedAt, :acceptedAt, :concludedAt,
                :outcome, :legalDue, :promisedDue, :warningAt, :awaitsVerification, :openGapDue, :warned, :overdue,
                :commitmentPending, CAST(:state AS jsonb), :version + 1, now()
            """;

    private static final String UPDATE = """
            UPDATE case_file SET status = :status, item_code = :itemCode, item_name = :itemName,
                applicant_type = :applicantType, applicant_id_hash = :applicantIdHash, channel = :channel,
                accepting_region = :acceptingRegion, accepting_org = :acceptingOrg, deciding_region = :decidingRegion,
                deciding_org = :decidingOrg, submitted_at = :submittedAt, accepted_at = :acceptedAt,
                concluded_at = :concludedAt, outcome = :outcome, legal_due_at = :legalDue,
                promised_due_at = :promisedDue, warning_at = :warningAt, awaits_verification = :awaitsVerification,
                open_gap_due = :openGapDue, warned = :warned, overdue = :overdue, commitment_pending = :commitmentPending,
                state = CAST(:state AS jsonb),
                version = :version + 1, updated_at = now()
            WHERE id = :id AND version = :version AND number = :number
            """;

    /** Submitted cases with an e-certificate still awaiting verification, oldest first; not locked. */
    public List<UUID> awaitingVerification(int limit) {
        return jdbc.sql("SELECT id FROM case_file WHERE awaits_verification AND status = 'SUBMITTED' ORDER BY updated_at LIMIT :limit")
                .param("limit", limit).query(UUID.class).list();
    }

    /** Ids of cases matching a scan condition, locked; rows another instance holds are skipped. */
    public List<UUID> lockBatch(String condition, java.util.Map<String, ?> params, int limit) {
        return jdbc.sql("SELECT id FROM case_file WHERE " + condition + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                .params(params).param("limit", limit).query(UUID.class).list();
    }
}
