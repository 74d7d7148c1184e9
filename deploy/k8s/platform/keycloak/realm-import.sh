#!/bin/sh
# Prints the KeycloakRealmImport for the realm file: the header of this directory followed by
# deploy/keycloak/yiwang-realm.json as spec.realm. JSON is YAML, so the file is only indented.
#   deploy/k8s/platform/keycloak/realm-import.sh | kubectl apply -n yiwang -f -
set -eu
here=$(cd "$(dirname "$0")" && pwd)
realm=${1:-$here/../../../keycloak/yiwang-realm.json}
[ -f "$realm" ] || { echo "realm file not found: $realm" >&2; exit 1; }
cat "$here/realm-import-header.yaml"
echo "  realm:"
sed 's/^/    /' "$realm"
