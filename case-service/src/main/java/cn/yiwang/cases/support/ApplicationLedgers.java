package cn.yiwang.cases.support;

import cn.yiwang.common.idempotency.IdempotentSubmissions.Ledger;

/** Where case-service keeps the Idempotency-Keys of each kind of application (V2, V4). */
public final class ApplicationLedgers {

    /** Case applications: {@code application_request.case_id}. */
    public static final Ledger CASE = new Ledger("application_request", "case_id", "case.idempotency.reused");
    /** Bundle applications (一件事): {@code bundle_application_request.bundle_case_id}. */
    public static final Ledger BUNDLE = new Ledger("bundle_application_request", "bundle_case_id", "case.idempotency.reused");

    private ApplicationLedgers() {
    }
}
