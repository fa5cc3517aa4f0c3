#!/usr/bin/env bash
# PostgreSQL 15 for the local stack on 127.0.0.1:5432.
#
#   deploy/local/postgres.sh start|stop|status
#
# start  uses a server that already answers on 127.0.0.1:5432; otherwise it installs the
#        Debian package postgresql-15 (only as root, only when missing), creates the Debian
#        cluster 15/main when there is none, and starts it. Either way it then makes sure the
#        role `venster` and the databases exist (idempotent).
# stop   stops the cluster only when this script started it (marker .local/run/postgres.started).
# status prints one line.
#
# Creating the role and databases needs a superuser: as root the script uses the `postgres`
# OS user (runuser -u postgres -- psql). When not root, export PGUSER (and PGPASSWORD) of a
# superuser of the running server, e.g. PGUSER=postgres PGPASSWORD=... deploy/local/postgres.sh start
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=postgres

PG_VERSION=15
PG_CLUSTER=main
PG_HOST=127.0.0.1
PG_PORT=5432
DB_ROLE=venster
# One database per service (each owns its data) plus one per service for the test suite and one for
# the system tests, both named with this checkout's suffix, so tests never touch the data of a running
# local system or of another checkout's test run.
DATABASES=(register venster rapportage)
for db in register venster rapportage; do DATABASES+=("$db${TEST_SUFFIX}_test" "$db${TEST_SUFFIX}_system"); done
PASSWORD_FILE="$DB_PASSWORD_FILE"
MARKER="$RUN_DIR/postgres.started"

# Settings for a 2-core dev box: three services (a pool each) plus a test run must fit
# in max_connections; the rest keeps memory modest.
PG_SETTINGS=(
  max_connections=200
  shared_buffers=128MB
  work_mem=4MB
  maintenance_work_mem=64MB
  effective_cache_size=512MB
  max_wal_size=512MB
)

pg_ready() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2
  else
    port_open "$PG_HOST" "$PG_PORT"
  fi
}

cluster_exists() { pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; }
# Columns of pg_lsclusters -h: version cluster port status owner datadir logfile
cluster_field() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" -v f="$1" '$1 == v && $2 == c { print $f }'; }

# The postmaster pid of the cluster, from its postmaster.pid (empty when not running).
postmaster_pid() {
  local datadir
  datadir="$(cluster_field 6)"
  [[ -n "$datadir" && -r "$datadir/postmaster.pid" ]] || return 0
  head -n 1 "$datadir/postmaster.pid"
}

# True when the marker names the cluster's current postmaster, i.e. it is the server we started.
started_by_us() {
  local version cluster pid current
  [[ -f "$MARKER" ]] || return 1
  read -r version cluster pid <"$MARKER" || true
  [[ "$version" == "$PG_VERSION" && "$cluster" == "$PG_CLUSTER" ]] || return 1
  command -v pg_lsclusters >/dev/null || return 1
  current="$(postmaster_pid)"
  [[ -n "$pid" && "$pid" == "$current" && "$(proc_cmdline "$pid")" == *postgres* ]]
}

package_installed() {
  dpkg-query -W -f='${Status}' "postgresql-$PG_VERSION" 2>/dev/null | grep -q 'install ok installed'
}

install_package() {
  is_root || die "postgresql-$PG_VERSION is not installed and we are not root: install it (apt-get install postgresql-$PG_VERSION) or start a PostgreSQL $PG_VERSION on $PG_HOST:$PG_PORT yourself"
  log "installing the Debian package postgresql-$PG_VERSION"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have empty package lists: update once and retry before giving up.
  if ! apt-get install -y -q "postgresql-$PG_VERSION" >"$RUN_DIR/postgres-install.log" 2>&1; then
    apt-get update -q >>"$RUN_DIR/postgres-install.log" 2>&1 || true
    apt-get install -y -q "postgresql-$PG_VERSION" >>"$RUN_DIR/postgres-install.log" 2>&1 ||
      {
        show_log_tail "$RUN_DIR/postgres-install.log" 30
        die "apt-get install postgresql-$PG_VERSION failed"
      }
  fi
}

create_cluster() {
  local opts=() setting
  for setting in "${PG_SETTINGS[@]}"; do opts+=(-o "$setting"); done
  log "creating cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
  # start-conf manual: a dev cluster should not start at every boot; these scripts start it.
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" --start-conf manual "${opts[@]}" >/dev/null
}

start_cluster() {
  local port status
  port="$(cluster_field 3)"
  [[ "$port" == "$PG_PORT" ]] || die "cluster $PG_VERSION/$PG_CLUSTER is configured for port $port, not $PG_PORT; change it (pg_conftool $PG_VERSION $PG_CLUSTER set port $PG_PORT) or free the name"
  status="$(cluster_field 4)"
  if [[ "$status" == online* ]]; then
    # Running, yet nothing answered on $PG_HOST:$PG_PORT: probably listen_addresses excludes it.
    die "cluster $PG_VERSION/$PG_CLUSTER runs but does not answer on $PG_HOST:$PG_PORT; check listen_addresses"
  fi
  local pg_opts="" setting
  # Pass the dev-box settings on the command line too, so a cluster we did not create gets
  # them for this run without its configuration files being edited.
  for setting in "${PG_SETTINGS[@]}"; do pg_opts+=" -c $setting"; done
  log "starting cluster $PG_VERSION/$PG_CLUSTER"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start -- -o "$pg_opts" ||
    {
      show_log_tail "$(cluster_field 7)" 30
      die "pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed"
    }
  local pid
  pid="$(postmaster_pid)"
  [[ -n "$pid" ]] || die "cluster started but has no postmaster.pid"
  printf '%s %s %s\n' "$PG_VERSION" "$PG_CLUSTER" "$pid" >"$MARKER"
  local deadline=$((SECONDS + 30))
  until pg_ready; do
    ((SECONDS < deadline)) || die "PostgreSQL did not become ready on $PG_HOST:$PG_PORT within 30s"
    sleep 0.2
  done
}

# psql as a superuser, reading SQL from stdin.
psql_super() {
  if [[ -n "${PGUSER:-}" && "${PGUSER}" != "$DB_ROLE" ]]; then
    psql -X -q -v ON_ERROR_STOP=1 -h "${PGHOST:-$PG_HOST}" -p "$PG_PORT" -d postgres
  elif is_root; then
    # cd /: the postgres OS user may not be allowed into the caller's working directory.
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres)
  else
    die "creating the role and databases needs a superuser: run as root, or export PGUSER/PGPASSWORD of a superuser"
  fi
}

ensure_password() {
  if [[ ! -s "$PASSWORD_FILE" ]]; then
    # Generated once; hex so it needs no quoting in SQL, URLs or environment variables.
    (umask 077 && openssl rand -hex 24 >"$PASSWORD_FILE")
    log "generated the database password into $PASSWORD_FILE"
  fi
  chmod 600 "$PASSWORD_FILE"
}

ensure_role_and_databases() {
  local password db_list
  ensure_password
  password="$(<"$PASSWORD_FILE")"
  [[ "$password" =~ ^[A-Za-z0-9]+$ ]] || die "$PASSWORD_FILE must hold only letters and digits"
  db_list="$(printf "'%s'," "${DATABASES[@]}")"
  db_list="${db_list%,}"
  if ! is_root && [[ -z "${PGUSER:-}" || "${PGUSER}" == "$DB_ROLE" ]]; then
    # No superuser at hand: fine as long as an earlier run (as root, or with PGUSER) already
    # set everything up: the role logs in with the password from the file and owns every database.
    local owned
    owned="$(PGPASSWORD="$password" psql -X -q -At -h "$PG_HOST" -p "$PG_PORT" -U "$DB_ROLE" -d "${DATABASES[0]}" \
      -c "SELECT count(*) FROM pg_database WHERE datname IN ($db_list) AND pg_get_userbyid(datdba) = '$DB_ROLE'" 2>/dev/null || true)"
    if [[ "$owned" == "${#DATABASES[@]}" ]]; then
      log "role $DB_ROLE and databases ${DATABASES[*]} are ready"
      return 0
    fi
  fi
  # The SQL goes through stdin, so the password never appears in a process list.
  # The password is (re)applied on every run: the file is the single source of truth.
  psql_super <<SQL
SELECT 'CREATE ROLE $DB_ROLE LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_ROLE') \gexec
ALTER ROLE $DB_ROLE WITH LOGIN NOSUPERUSER NOCREATEROLE PASSWORD '$password';
SELECT format('CREATE DATABASE %I OWNER $DB_ROLE ENCODING ''UTF8'' TEMPLATE template0', d)
  FROM unnest(ARRAY[$db_list]) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
SELECT format('ALTER DATABASE %I OWNER TO $DB_ROLE', d) FROM unnest(ARRAY[$db_list]) AS d \gexec
SQL
  # Prove the services' credentials work over TCP (pg_hba.conf must allow password logins).
  if ! PGPASSWORD="$password" psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$DB_ROLE" -d "${DATABASES[0]}" -c 'SELECT 1' >/dev/null 2>"$RUN_DIR/postgres-login.err"; then
    cat "$RUN_DIR/postgres-login.err" >&2
    die "role $DB_ROLE cannot log in on $PG_HOST:$PG_PORT with the generated password (check pg_hba.conf)"
  fi
  rm -f "$RUN_DIR/postgres-login.err"
  log "role $DB_ROLE and databases ${DATABASES[*]} are ready"
}

cmd_start() {
  local t0
  t0="$(now_ms)"
  if pg_ready; then
    if started_by_us; then
      log "already running (started by these scripts)"
    else
      log "a PostgreSQL server already answers on $PG_HOST:$PG_PORT; using it (we will not stop it)"
    fi
  else
    # A marker of a server that is no longer running means nothing any more.
    rm -f "$MARKER"
    package_installed || install_package
    cluster_exists || create_cluster
    start_cluster
    log "started cluster $PG_VERSION/$PG_CLUSTER (pid $(postmaster_pid)) in $(elapsed_since "$t0")"
  fi
  ensure_role_and_databases
  log "ready on $PG_HOST:$PG_PORT in $(elapsed_since "$t0")"
}

cmd_stop() {
  if [[ ! -f "$MARKER" ]]; then
    log "not started by these scripts; leaving PostgreSQL alone"
    return 0
  fi
  if started_by_us; then
    log "stopping cluster $PG_VERSION/$PG_CLUSTER (pid $(postmaster_pid))"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
    log "stopped"
  else
    log "the server we started is gone or was restarted by someone else; leaving it alone"
  fi
  rm -f "$MARKER"
}

cmd_status() {
  if pg_ready; then
    if started_by_us; then
      printf '%-18s running  pid %-8s 127.0.0.1:%s  ours\n' postgresql "$(postmaster_pid)" "$PG_PORT"
    else
      printf '%-18s running  pid %-8s 127.0.0.1:%s  external\n' postgresql "-" "$PG_PORT"
    fi
  else
    printf '%-18s stopped  pid %-8s 127.0.0.1:%s\n' postgresql "-" "$PG_PORT"
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
