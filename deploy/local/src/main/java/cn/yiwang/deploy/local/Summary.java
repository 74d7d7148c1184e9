package cn.yiwang.deploy.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a user needs once the platform is up: where to go and how to log in. */
final class Summary {

    private Summary() {
    }

    static void print(LocalPlatform platform, PrintStream out) {
        LocalPlatform.Options options = platform.options();
        String gateway = platform.baseUrl(Component.GATEWAY);
        String keycloak = platform.keycloak().url();
        out.printf("%nYiwang is up after %.0f s.%n%n", platform.progress().elapsedSeconds());
        if (options.components.contains(Component.GATEWAY)) {
            out.println("  Gateway (API)    " + gateway + "/api/v1/…");
            out.println("  API docs         " + gateway + "/swagger-ui.html");
            out.println("  Ops console      " + gateway + "/ops/");
        }
        for (Component component : options.components) {
            if (component.isService()) {
                out.printf("  %-16s %s%n", component.module(), platform.baseUrl(component));
            }
        }
        out.println("  Keycloak         " + keycloak + "/realms/" + LocalPlatform.REALM + "/account");
        out.println("  Keycloak admin   " + keycloak + "/admin  (user admin, password: keycloak.admin in "
                + platform.secrets().file() + ")");
        out.println("  Data and logs    " + options.dataDirectory);
        out.println();
        out.println("  Demo accounts (password for all: " + platform.demoPassword() + ")");
        Path demo = options.projectRoot.resolve("deploy/keycloak/demo/yiwang-demo.json");
        try {
            JsonNode users = JsonMapper.builder().build().readTree(Files.readString(demo)).path("users");
            for (JsonNode user : users) {
                JsonNode roles = user.path("realmRoles");
                String role = roles.size() > 1 ? roles.get(roles.size() - 1).asString() : "";
                String region = user.path("attributes").path("region_code").path(0).asString("");
                out.printf("    %-26s %-22s %s%n", user.path("username").asString(), role, region);
            }
        } catch (IOException | RuntimeException e) {
            out.println("    (could not read " + demo + ": " + e.getMessage() + ")");
        }
        out.println();
        out.println("  A token from a terminal (developer client, local only):");
        out.println("    curl -s -d grant_type=password -d client_id=yiwang-dev-cli -d username=clerk.meixian \\");
        out.println("         --data-urlencode 'password=" + platform.demoPassword() + "' \\");
        out.println("         " + platform.keycloak().tokenEndpoint(LocalPlatform.REALM));
        out.println();
        out.println("Ctrl-C stops everything; data stays in " + options.dataDirectory + ".");
    }
}
