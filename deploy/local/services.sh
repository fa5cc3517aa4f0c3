#!/usr/bin/env bash
# The three Quarkus services of the local stack.
#
#   deploy/local/services.sh start|stop|status [service...]
#
# Without names: all three. With names (e.g. venster-service): only those, so a single service can be
# restarted (deploy/bench/run.sh times each start on its own).
#
# start  builds the three services (./mvnw -B -q -DskipTests package -pl <services> -am; skipped with
#        SKIP_BUILD=1), trains the start-up
#        cache of each service whose cache is missing or older than its jars (lib.sh: Java 25 AOT cache,
#        AppCDS on JDK 17/21; SERVICE_AOT=0: none), then starts each service that is not running yet,
#        as java -jar <svc>/target/quarkus-app/quarkus-run.jar with its cache (pid .local/run/<svc>.pid,
#        log .local/run/<svc>.log), and waits until each answers 200 on its readiness URL (lib.sh
#        health_url, on the management port; SERVICE_START_TIMEOUT s each, default 120). Health,
#        metrics and Swagger UI are served on the management interface (API port + 1000), not on the API port.
#        Needs PostgreSQL and Kafka running (postgres.sh, kafka.sh) and the JWT keys (keys.sh):
#        start.sh does all of that in order.
# stop   stops the services these scripts started, by pid.
# status prints one line per service.
#
# Environment passed to the services: QUARKUS_DATASOURCE_USERNAME=venster,
# QUARKUS_DATASOURCE_PASSWORD (from the machine's db-password file, lib.sh), KAFKA_BOOTSTRAP_SERVERS,
# MP_JWT_VERIFY_PUBLICKEY_LOCATION, QUARKUS_HTTP_HOST and QUARKUS_MANAGEMENT_HOST (default 127.0.0.1: a
# local stack is not reachable from the network). Any other setting can be exported before calling this
# script (Quarkus reads environment variables). SERVICE_JAVA_OPTS adds JVM flags; SERVICE_JAVA_HOME
# picks the JDK (default: a JDK 25+ if one is installed, lib.sh).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=services

START_TIMEOUT="${SERVICE_START_TIMEOUT:-120}"
# name:port:API base path. Each service's management port (quarkus.management.port) is its port + 1000.
SERVICES=(
  "registry-service:8081:/api/register/v1"
  "venster-service:8082:/api/venster/v1"
  "reporting-service:8083:/api/rapportage/v1"
)

# Narrows SERVICES to the names given on the command line (none: all).
select_services() {
  (($# == 0)) && return 0
  local wanted entry name selected=()
  for wanted in "$@"; do
    for entry in "${SERVICES[@]}"; do
      [[ "${entry%%:*}" == "$wanted" ]] && selected+=("$entry")
    done
    [[ " ${selected[*]} " == *" $wanted:"* ]] || die "unknown service '$wanted' (registry-service, venster-service, reporting-service)"
  done
  SERVICES=("${selected[@]}")
}

jar_of() { printf '%s/%s/target/quarkus-app/quarkus-run.jar\n' "$ROOT" "$1"; }
# Our service process is the java whose command line names this checkout's jar.
marker_of() { jar_of "$1"; }

build() {
  if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
    log "SKIP_BUILD=1: not building"
    return 0
  fi
  local t0
  t0="$(now_ms)"
  # Only what runs: the system tests and the deploy checks are the test suite's business.
  log "building the services (./mvnw -B -q -DskipTests package -pl registry-service,venster-service,reporting-service -am)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl registry-service,venster-service,reporting-service -am) ||
    die "the build failed"
  log "built in $(elapsed_since "$t0")"
}

# launch NAME PORT [use|train]: starts the service in the background (train: writing its start-up cache).
launch() {
  local name=$1 port=$2 mode=${3:-use} jar java pid jvm_flags cache_flags
  jar="$(jar_of "$name")"
  [[ -f "$jar" ]] || die "$jar is missing: build first (or drop SKIP_BUILD=1)"
  java="$(service_java)"
  mapfile -t jvm_flags < <(service_jvm_flags "$name" "$java")
  mapfile -t cache_flags < <(service_cache_flags "$name" "$java" "$mode")
  # The module folder as working directory, as with `mvn quarkus:dev`; Quarkus also reads
  # config/application.properties and .env from there, if a developer adds them.
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS is a list of JVM flags
  (
    cd "$ROOT/$name"
    exec env "${SERVICE_ENV[@]}" \
      QUARKUS_DATASOURCE_USERNAME=venster \
      QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$SECRETS_DIR/jwt-public.pem" \
      QUARKUS_HTTP_HOST="${QUARKUS_HTTP_HOST:-127.0.0.1}" \
      QUARKUS_MANAGEMENT_HOST="${QUARKUS_MANAGEMENT_HOST:-127.0.0.1}" \
      nohup "$java" "${jvm_flags[@]}" "${cache_flags[@]}" ${SERVICE_JAVA_OPTS:-} -jar "$jar" >"$RUN_DIR/$name.log" 2>&1 </dev/null
  ) &
  pid=$!
  record_pid "$name" "$pid" "$(marker_of "$name")"
  log "$name: started pid $pid on port $port$([[ "$mode" == train ]] && echo " (training its start-up cache)")"
}

# The training start: each service starts once writing its cache, answers a few requests of the kinds it
# serves (health, OpenAPI, an authenticated API call, metrics), and stops; the JVM writes the cache as it
# exits. Runs when a cache is missing or older than the build (about half a minute per service on a quiet
# machine). One at a time: a training start is slower than a normal one, three at once on two cores can
# time out. A failed training is a warning: that service starts without a cache.
train() {
  local entry name port base java pid token cache i trained
  [[ "${SERVICE_AOT:-1}" == 1 ]] || return 0
  java="$(service_java)"
  token="$("$LOCAL_DIR/token.sh" aot-training lezer 15 2>/dev/null || true)"
  for entry in "$@"; do
    IFS=: read -r name port base <<<"$entry"
    service_cache_fresh "$name" "$java" && continue
    local t0
    t0="$(now_ms)"
    cache="$(service_cache_file "$name" "$java")"
    rm -f "$cache" "$cache.jdk"
    launch "$name" "$port" train
    trained=0
    if pid="$(our_pid "$name" "$(marker_of "$name")")" && wait_for_http "$(health_url "$port")" "$START_TIMEOUT" "$pid"; then
      trained=1
      for i in 1 2 3; do
        curl -s -o /dev/null "http://127.0.0.1:$port$base/openapi.json" || true
        curl -s -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port$base/bestaat-niet" || true
        curl -s -o /dev/null "http://127.0.0.1:$port/q/metrics" || true
        curl -s -o /dev/null "$(health_url "$port")" || true
      done
    else
      show_log_tail "$RUN_DIR/$name.log" 30
    fi
    # Writing the cache happens at exit and takes a while on JDK 25: a longer grace than a normal stop.
    STOP_TIMEOUT=300 stop_pid "$name" "$(marker_of "$name")"
    # A start that never got ready (it exited, e.g. no database) still leaves a cache, of the wrong start.
    if [[ "$trained" == 1 && -f "$cache" ]]; then
      "$java" -version 2>&1 | tr '\n' ' ' >"$cache.jdk"
      log "$name: start-up cache trained in $(elapsed_since "$t0") ($(du -m "$cache" | cut -f1) MB, JDK $(java_feature_version "$java"))"
    else
      rm -f "$cache"
      warn "$name: no start-up cache was written (log: ${RUN_DIR#"$ROOT"/}/$name.log); it starts without one"
    fi
  done
}

cmd_start() {
  local t0 entry name port base pid failed=0
  t0="$(now_ms)"
  [[ -s "$DB_PASSWORD_FILE" ]] || die "no database password yet: run deploy/local/postgres.sh start first"
  [[ -s "$SECRETS_DIR/jwt-public.pem" ]] || die "no JWT public key yet: run deploy/local/keys.sh first"
  DB_PASSWORD="$(<"$DB_PASSWORD_FILE")"
  KAFKA_BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"

  local to_start=()
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port base <<<"$entry"
    if pid="$(our_pid "$name" "$(marker_of "$name")")"; then
      log "$name: already running (pid $pid)"
    elif port_open 127.0.0.1 "$port"; then
      die "$name: port $port is taken by a process these scripts did not start; stop it first"
    else
      to_start+=("$entry")
    fi
  done
  if ((${#to_start[@]} > 0)); then
    build
    train "${to_start[@]}"
  fi
  # Start all first, then wait: the three JVMs boot in parallel.
  for entry in "${to_start[@]}"; do
    IFS=: read -r name port base <<<"$entry"
    launch "$name" "$port"
  done
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port base <<<"$entry"
    if ! pid="$(our_pid "$name" "$(marker_of "$name")")"; then
      # Already gone (e.g. invalid configuration): no point waiting for it.
      show_log_tail "$RUN_DIR/$name.log" 60
      log "$name: exited during start-up (log: ${RUN_DIR#"$ROOT"/}/$name.log)"
      failed=1
      continue
    fi
    if wait_for_http "$(health_url "$port")" "$START_TIMEOUT" "$pid"; then
      log "$name: ready on http://127.0.0.1:$port$base ($(elapsed_since "$t0") since start)"
    else
      show_log_tail "$RUN_DIR/$name.log" 60
      log "$name: NOT ready (log: ${RUN_DIR#"$ROOT"/}/$name.log)"
      # A process that never got ready is stopped, so the next start tries it afresh instead
      # of taking it for "already running".
      stop_pid "$name" "$(marker_of "$name")"
      failed=1
    fi
  done
  ((failed == 0)) || die "not all services became ready; the ones that did keep running (services.sh stop stops them)"
  log "all services ready in $(elapsed_since "$t0")"
}

cmd_stop() {
  local entry name port base i
  # Reverse order: reporting consumes what the others publish.
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    IFS=: read -r name port base <<<"${SERVICES[i]}"
    stop_pid "$name" "$(marker_of "$name")"
  done
}

cmd_status() {
  local entry name port base pid state
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port base <<<"$entry"
    if pid="$(our_pid "$name" "$(marker_of "$name")")"; then
      if [[ "$(http_status "$(health_url "$port")")" == 200 ]]; then state="running "; else state="starting"; fi
      printf '%-18s %s pid %-8s 127.0.0.1:%s  ours\n' "$name" "$state" "$pid" "$port"
    elif port_open 127.0.0.1 "$port"; then
      printf '%-18s running  pid %-8s 127.0.0.1:%s  external\n' "$name" "-" "$port"
    else
      printf '%-18s stopped  pid %-8s 127.0.0.1:%s\n' "$name" "-" "$port"
    fi
  done
}

command="${1:-}"
shift || true
select_services "$@"
case "$command" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 start|stop|status [service...]" >&2
    exit 2
    ;;
esac
