#!/bin/bash
# Runs once, on an empty data volume (postgres image's /docker-entrypoint-initdb.d): one role and one database per
# service, each database owned by its own role, passwords from the environment (compose .env).
set -euo pipefail

create() {
  local db=$1 password=$2
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       --set=db="$db" --set=password="$password" <<'SQL'
CREATE ROLE :"db" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"db";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
}

create register   "$REGISTER_DB_PASSWORD"
create venster    "$VENSTER_DB_PASSWORD"
create rapportage "$RAPPORTAGE_DB_PASSWORD"
