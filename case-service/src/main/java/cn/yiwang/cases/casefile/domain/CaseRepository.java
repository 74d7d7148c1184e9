package cn.yiwang.cases.casefile.domain;

import java.util.Optional;
import java.util.UUID;

/** Where cases live. Saving checks the version it was loaded at: a lost update is refused. */
public interface CaseRepository {

    Optional<Case> find(UUID id);

    Optional<Case> findByNumber(String number);

    /** Inserts a new case or updates a loaded one; throws {@link ConcurrentCaseChangeException} on a stale version. */
    void save(Case kase, cn.yiwang.cases.clock.Deadlines deadlines);

    class ConcurrentCaseChangeException extends RuntimeException {
        public ConcurrentCaseChangeException(UUID id) {
            super("case " + id + " was changed concurrently");
        }
    }
}
