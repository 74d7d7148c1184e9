#!/bin/sh
# Writes deploy/compose/.env with fresh random secrets for this installation. It never
# overwrites an existing .env: the database passwords and personal-data keys in it must stay
# the same for the life of the data volumes (data encrypted with a lost key is lost).
set -eu
cd "$(dirname "$0")"
if [ -e .env ]; then
  echo ".env exists; keeping it (delete it only together with the volumes: docker compose down -v)" >&2
  exit 1
fi
password() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }   # 48 hex characters
key() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }        # 32 bytes, base64
umask 077
cat > .env <<ENV
POSTGRES_PASSWORD=$(password)
CATALOG_DB_PASSWORD=$(password)
CASES_DB_PASSWORD=$(password)
REVIEW_DB_PASSWORD=$(password)
CERTIFICATE_DB_PASSWORD=$(password)
HOTLINE_DB_PASSWORD=$(password)
VECTORCONTROL_DB_PASSWORD=$(password)
KEYCLOAK_DB_PASSWORD=$(password)
KEYCLOAK_ADMIN_PASSWORD=$(password)
GRAFANA_ADMIN_PASSWORD=$(password)
YIWANG_SECRET_CATALOG_SERVICE=$(password)
YIWANG_SECRET_CASE_SERVICE=$(password)
YIWANG_SECRET_REVIEW_SERVICE=$(password)
YIWANG_SECRET_CERTIFICATE_SERVICE=$(password)
YIWANG_SECRET_HOTLINE_SERVICE=$(password)
YIWANG_SECRET_VECTOR_CONTROL_SERVICE=$(password)
YIWANG_PARTNER_SECRET=$(password)
YIWANG_PERSONALDATA_K1=$(key)
YIWANG_PERSONALDATA_HASHKEY=$(key)
ENV
echo "wrote $(pwd)/.env (mode 600)"
