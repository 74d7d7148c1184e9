#!/bin/bash
# Runs once, on the first start of an empty data volume: a database and an owner per service and
# one for Keycloak, each with its own password from the environment (.env). No service can log
# in to another's database.
set -euo pipefail

create() {
  local name=$1 password=$2
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create catalog       "${CATALOG_DB_PASSWORD:?}"
create cases         "${CASES_DB_PASSWORD:?}"
create review        "${REVIEW_DB_PASSWORD:?}"
create certificate   "${CERTIFICATE_DB_PASSWORD:?}"
create hotline       "${HOTLINE_DB_PASSWORD:?}"
create vectorcontrol "${VECTORCONTROL_DB_PASSWORD:?}"
create keycloak      "${KEYCLOAK_DB_PASSWORD:?}"
