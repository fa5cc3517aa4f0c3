#!/usr/bin/env bash
# Benchmarks B1–B6 (issue 7; B7 and the agenda read once their endpoints exist) against the running local
# stack; writes deploy/bench/BENCHMARKS.md. What each benchmark measures: README "Benchmarks" and the report.
#
#   deploy/local/start.sh        # first: PostgreSQL, Kafka and the three services (seeded)
#   deploy/bench/run.sh          # ~20 minutes on a quiet 2-core machine; not part of the test suite
#
# This script only checks the stack, installs wrk if missing, builds the harness (deploy/bench/loadgen) and
# hands over; the harness (nl.venster.bench.Bench) sets up what it needs on any registry state, runs every
# step and stops with a non-zero exit naming the step that failed. Work files: .local/bench/<timestamp>/.
#
# Environment: BENCH_RUNS (3), BENCH_SECONDS (10, per measured run), BENCH_WARMUP (20 s), BENCH_STARTS (3),
# BENCH_EVENTS (500000), BENCH_ONLY (e.g. "b1 b4"; all: "b1 agenda b2 b3 b4 b5 b6 b7"), BENCH_QUICK=1 (1 run
# of 2 s, 3,000 events: proves the harness, measures nothing), BENCH_PROFILE=0 (no JFR), BENCH_REPORT (file),
# BENCH_RESHAPE=1 (first split ZK23 in five as of today, as issue 19 asks the report to be made on), BENCH_UPDATE=1
# (with BENCH_ONLY: replace only those benchmarks' sections of the existing report, marked as a separate run).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../local/lib.sh
source "$BENCH_DIR/../local/lib.sh"
LOG_TAG=bench

[[ -s "$DB_PASSWORD_FILE" ]] || die "no local stack: run deploy/local/start.sh first"
port_open 127.0.0.1 5432 || die "PostgreSQL is not running: run deploy/local/start.sh first"
port_open 127.0.0.1 9092 || die "Kafka is not running: run deploy/local/start.sh first"
if ! command -v wrk >/dev/null; then
  is_root || die "wrk is missing: apt-get install -y wrk"
  log "installing wrk (apt-get)"
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }; } \
    >"$STATE_DIR/bench-apt.log" 2>&1 || die "could not install wrk (see .local/bench-apt.log)"
fi

log "building the harness (deploy/bench/loadgen)"
(cd "$ROOT" && ./mvnw -B -q -f deploy/bench/loadgen/pom.xml compile dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory=target/lib \
  -Dkafka.version="$(root_pom_property kafka.version)" \
  -Dcompiler-plugin.version="$(root_pom_property compiler-plugin.version)" \
  -Ddependency-plugin.version="$(root_pom_property dependency-plugin.version)") >"$STATE_DIR/bench-build.log" 2>&1 ||
  { cat "$STATE_DIR/bench-build.log" >&2; die "the harness did not build"; }

# What the harness needs to know of the stack: the services' JDK (and its jcmd), the JVM flags of the extra
# reporting instance (as services.sh starts the services, with the reporting-service's start-up cache),
# where readiness is asked, and the database password.
SERVICE_JAVA="$(service_java)"
mapfile -t reporting_flags < <(service_jvm_flags reporting-service "$SERVICE_JAVA"; service_cache_flags reporting-service "$SERVICE_JAVA" use)
flags_text="$(service_jvm_flags registry-service "$SERVICE_JAVA" | grep -v -- -Xmx | tr '\n' ' ')${SERVICE_JAVA_OPTS:-}, -Xmx$(for name in registry-service venster-service reporting-service; do
  printf ' %s %s;' "${name%-service}" "${SERVICE_MAX_HEAP[$name]}"; done) start-up cache: $(service_cache_flags registry-service "$SERVICE_JAVA" use | sed -n "1{s|$ROOT/||;p}")"
# shellcheck disable=SC2086 # SERVICE_JAVA_OPTS is a list of JVM flags
BENCH_ROOT="$ROOT" BENCH_SERVICE_JAVA="$SERVICE_JAVA" BENCH_REPORTING_FLAGS="$(printf '%s\n' "${reporting_flags[@]}" ${SERVICE_JAVA_OPTS:-})" \
  BENCH_SERVICE_FLAGS_TEXT="$flags_text" BENCH_HEALTH_URL="$(health_url %d)" BENCH_DB_PASSWORD="$(<"$DB_PASSWORD_FILE")" \
  exec "$SERVICE_JAVA" -Xmx512m -XX:+UseSerialGC -cp "$BENCH_DIR/loadgen/target/classes:$BENCH_DIR/loadgen/target/lib/*" \
  nl.venster.bench.Main bench
