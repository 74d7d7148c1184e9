package cn.yiwang.common.security;

import java.util.Set;

/** The realm roles of ARCHITECTURE.md ("Identity and access"); authorities are {@code ROLE_<role>}. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String ENTERPRISE = "enterprise";
    public static final String WINDOW_CLERK = "window-clerk";
    public static final String APPROVER = "approver";
    public static final String DEPT_ADMIN = "dept-admin";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String EVALUATION_OFFICER = "evaluation-officer";
    public static final String HOTLINE_AGENT = "hotline-agent";
    public static final String HOTLINE_DISPATCHER = "hotline-dispatcher";
    public static final String SUPERVISOR = "supervisor";
    public static final String CDC_MONITOR = "cdc-monitor";
    public static final String AIWEI_OFFICER = "aiwei-officer";
    public static final String INSPECTOR = "inspector";
    public static final String PEST_CONTROL_COMPANY = "pest-control-company";
    public static final String OPS = "ops";
    public static final String PARTNER_SYSTEM = "partner-system";
    /** Service-to-service clients (client credentials of a Yiwang service). */
    public static final String SERVICE = "service";

    public static final Set<String> ALL = Set.of(CITIZEN, ENTERPRISE, WINDOW_CLERK, APPROVER, DEPT_ADMIN,
            CATALOG_ADMIN, EVALUATION_OFFICER, HOTLINE_AGENT, HOTLINE_DISPATCHER, SUPERVISOR, CDC_MONITOR,
            AIWEI_OFFICER, INSPECTOR, PEST_CONTROL_COMPANY, OPS, PARTNER_SYSTEM, SERVICE);

    /** Roles of people acting for themselves: they see only their own records. */
    public static final Set<String> HOLDERS = Set.of(CITIZEN, ENTERPRISE);

    private Roles() {
    }
}
