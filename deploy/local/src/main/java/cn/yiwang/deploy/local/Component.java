package cn.yiwang.deploy.local;

import java.util.List;

/**
 * The Yiwang applications the launcher starts as separate JVMs: module name (also the Keycloak
 * client id of the service), default port, and the database it owns (the login has the same name).
 */
public enum Component {

    CATALOG("catalog-service", 8081, "catalog"),
    CASES("case-service", 8082, "cases"),
    REVIEW("review-service", 8083, "review"),
    CERTIFICATE("certificate-service", 8084, "certificate"),
    HOTLINE("hotline-service", 8085, "hotline"),
    VECTOR_CONTROL("vector-control-service", 8086, "vectorcontrol"),
    GATEWAY("gateway", 8080, null);

    private final String module;
    private final int defaultPort;
    private final String database;

    Component(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's own database and login, or null for the gateway, which owns no data. */
    public String database() {
        return database;
    }

    public boolean isService() {
        return database != null;
    }

    public static List<Component> all() {
        return List.of(values());
    }
}
