#!/usr/bin/env bash
# Benchmarks B1–B6 of issue 7 against the running local stack; writes deploy/bench/BENCHMARKS.md.
#
#   deploy/local/start.sh        # first: PostgreSQL, Kafka and the three services (seeded)
#   deploy/bench/run.sh          # ~15 minutes on a quiet 2-core machine, plus 4 rebuilds of 500,000
#                                # events (B4); not part of the test suite
#
# Every figure stands next to a ceiling measured in the same run (as a ratio), because absolute figures
# drift between machines and between runs on a shared one. Each measurement is warmed up and repeated
# (median and min–max). What it does, in order:
#   B5  restarts each service on its own (services.sh) and times process start → /q/health/ready 200;
#       the services then run with the write rate limit off (API_WRITE_RATE_LIMIT_PER_MINUTE=0), as the
#       load comes from a few clients; at the end they are restarted with their normal settings.
#   B1  GET /regios/{code} and /regios: wrk at saturation vs. a trivial endpoint of the same service and
#       pgbench -S; then p99 at a fixed 500 req/s (open model, loadgen).
#   B2  PUT .../antwoorden/{financier} amendments (If-Match: *) on a round of its own (year 2100 or lower)
#       vs. a pgbench script with the same inserts in one transaction; p99 at a fixed 100 req/s.
#   B3  lag from the PUT's 2xx to the reporting region detail showing that version, at 50 submissions/s.
#   B4  500,000 synthetic answer events on bench.* topics, rebuilt (POST .../beheer/herbouw) by a separate
#       reporting-service instance (port 8093, database rapportage_bench) vs. Kafka's ConsumerPerformance.
#   B6  overview and CSV export over 500 regions on that instance vs. its trivial endpoint.
# After the measured runs of B1 and B2 (and the RSS of B5), one more saturation run of each records a JFR
# profile of the service under load (JFR costs CPU and memory of its own, so never during a measured run);
# B4/B6 record theirs while they run. BENCHMARKS.md lists the hot methods and where threads wait. Work files (wrk scripts, JFR recordings, logs): .local/bench/<timestamp>/.
#
# Environment: BENCH_RUNS (3), BENCH_SECONDS (10, per measured run), BENCH_WARMUP (20: the services were just restarted, and their JIT compilers need that long), BENCH_STARTS (3),
# BENCH_EVENTS (500000), BENCH_ONLY (e.g. "b1 b4": a subset), BENCH_QUICK=1 (1 run of 2 s, 3,000
# events: proves the harness, measures nothing), BENCH_PROFILE=0 (no JFR recordings), BENCH_REPORT (output file).
set -euo pipefail
# (No "head" in pipelines below: with pipefail, the writer's SIGPIPE when head exits early would end the run.)
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../local/lib.sh
source "$BENCH_DIR/../local/lib.sh"
# shellcheck source=../local/api.sh
source "$LOCAL_DIR/api.sh"
LOG_TAG=bench

if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
  : "${BENCH_RUNS:=1}" "${BENCH_SECONDS:=2}" "${BENCH_WARMUP:=1}" "${BENCH_STARTS:=1}" "${BENCH_EVENTS:=3000}"
fi
RUNS="${BENCH_RUNS:-3}"
DURATION="${BENCH_SECONDS:-10}"
WARMUP="${BENCH_WARMUP:-20}"
STARTS="${BENCH_STARTS:-3}"
EVENTS="${BENCH_EVENTS:-500000}"
ONLY="${BENCH_ONLY:-b1 b2 b3 b4 b5 b6}"
REPORT="${BENCH_REPORT:-$BENCH_DIR/BENCHMARKS.md}"
PROFILE="${BENCH_PROFILE:-1}"
WRK_CONNECTIONS=32
REGIONS_B4=500
# Synthetic rounds: 500 regions × 3 financiers × 10 rounds (ten years) = 15,000 answer sets; further
# events are later versions of the same sets. Years from 2101 (EventGenerator.FIRST_YEAR).
ROUNDS_B4=10
B6_YEAR=2101
BENCH_PORT=8093
REBUILD_SLOW=60
BENCH_DB=rapportage_bench
CEILING_DB=bench_ceiling
PREFIX=bench.
RUN_ID="$(date -u +%Y%m%dT%H%M%SZ)"
WORK="$STATE_DIR/bench/$RUN_ID"
mkdir -p "$WORK"
JAVA="$(java_bin)"
JDK_BIN="$(dirname "$(readlink -f "$JAVA")")"
LOADGEN="$BENCH_DIR/loadgen"
SERVICE_NAMES=(registry-service venster-service reporting-service)
declare -A PORT=([registry-service]=8081 [venster-service]=8082 [reporting-service]=8083)
declare -A R     # results: key -> text for the report
COMMANDS=()      # the load commands as run, for the report
selected() { [[ " $ONLY " == *" $1 "* ]]; }

# ---------------------------------------------------------------- statistics

# Prints "median min max" of the numbers given.
stats() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.6g %.6g %.6g\n", m, v[1], v[NR] }'
}
# "1,234 (1,200–1,260)" from "median min max", rounded to the given decimals.
fmt() {
  local median min max decimals=${2:-0}
  read -r median min max <<<"$1"
  if ((RUNS > 1)); then
    LC_NUMERIC=C printf "%.${decimals}f (%.${decimals}f–%.${decimals}f)" "$median" "$min" "$max"
  else
    LC_NUMERIC=C printf "%.${decimals}f" "$median"
  fi
}
median() { awk '{ print $1 }' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "–" }'; }
# The value of key=value in a line of loadgen output.
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
verdict() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == "<") ? v < t : v >= t; print ok ? "met" : "**missed**" }'; }

# ---------------------------------------------------------------- tools

ensure_tools() {
  local tool
  if ! command -v wrk >/dev/null; then
    is_root || die "wrk is missing: apt-get install -y wrk"
    log "installing wrk (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >"$WORK/apt.log" 2>&1 ||
      { apt-get update -q >>"$WORK/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >>"$WORK/apt.log" 2>&1; } ||
      die "could not install wrk (see $WORK/apt.log)"
  fi
  for tool in pgbench psql pg_dump jq curl runuser; do
    command -v "$tool" >/dev/null || die "$tool is needed"
  done
  [[ -x "$JDK_BIN/jcmd" && -x "$JDK_BIN/jfr" ]] || die "jcmd and jfr are needed (a JDK, not a JRE)"
  log "building the load generator (deploy/bench/loadgen)"
  (cd "$ROOT" && ./mvnw -B -q -f deploy/bench/loadgen/pom.xml compile dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory=target/lib \
    -Dkafka.version="$(root_pom_property kafka.version)" \
    -Dcompiler-plugin.version="$(root_pom_property compiler-plugin.version)" \
    -Ddependency-plugin.version="$(root_pom_property dependency-plugin.version)") >"$WORK/loadgen-build.log" 2>&1 ||
    { cat "$WORK/loadgen-build.log" >&2; die "the load generator did not build"; }
}

loadgen() {
  "$JAVA" -Xmx512m -XX:+UseSerialGC -cp "$LOADGEN/target/classes:$LOADGEN/target/lib/*" nl.venster.bench.Main "$@"
}

# psql/pgbench as the services' role on the shared cluster.
export PGHOST=127.0.0.1 PGUSER=venster PGPASSWORD
PGPASSWORD="$(cat "$DB_PASSWORD_FILE" 2>/dev/null || true)"
as_postgres() { env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 "$@"; }
fresh_database() {
  as_postgres -c "set client_min_messages = warning" -c "drop database if exists $1 with (force)" -c "create database $1 owner venster" >/dev/null
}

# ---------------------------------------------------------------- load runs

# wrk_rps NAME URL [wrk args...]: RUNS closed-model saturation runs after a warm-up; R[NAME] = req/s stats.
wrk_rps() {
  local name=$1 url=$2 i out values=() errors=0
  shift 2
  COMMANDS+=("wrk -t2 -c$WRK_CONNECTIONS -d${DURATION}s $(printf '%q ' "$@")$url   # $name, ${RUNS}× after ${WARMUP}s warm-up")
  wrk -t2 -c"$WRK_CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
  for ((i = 1; i <= RUNS; i++)); do
    out="$(wrk -t2 -c"$WRK_CONNECTIONS" -d"${DURATION}s" --timeout 10s "$@" "$url")"
    printf '%s\n' "$out" >>"$WORK/wrk-$name.log"
    values+=("$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")")
    errors=$((errors + $(awk '/Non-2xx or 3xx responses:/ { n = $5 } /Socket errors/ { n += 0 } END { print n + 0 }' <<<"$out")))
  done
  R[$name]="$(stats "${values[@]}")"
  R[$name.non2xx]=$errors
  log "$name: $(fmt "${R[$name]}") req/s (non-2xx: $errors)"
}

# fixed_rate NAME RATE TARGETS [loadgen args...]: RUNS open-model runs; R[NAME.p50|p99|rate|errors] stats.
fixed_rate() {
  local name=$1 rate=$2 targets=$3 i out p50=() p99=() rates=() errors=0
  shift 3
  COMMANDS+=("loadgen rate --rate $rate --seconds $DURATION --warmup $WARMUP,2,2.. --targets <$(basename "$targets")> $(printf '%q ' "$@")  # $name, ${RUNS}×")
  for ((i = 1; i <= RUNS; i++)); do
    # The first run warms the service up; later ones only need the load generator's own JVM warm.
    out="$(loadgen rate --rate "$rate" --seconds "$DURATION" --warmup "$((i == 1 ? WARMUP : 2))" --targets "$targets" "$@")"
    printf '%s\n' "$out" >>"$WORK/loadgen-$name.log"
    p50+=("$(field p50 "$out")")
    p99+=("$(field p99 "$out")")
    rates+=("$(field rate "$out")")
    errors=$((errors + $(field errors "$out") + $(field unanswered "$out")))
  done
  R[$name.p50]="$(stats "${p50[@]}")"
  R[$name.p99]="$(stats "${p99[@]}")"
  R[$name.rate]="$(stats "${rates[@]}")"
  R[$name.errors]=$errors
  log "$name at $rate/s: p50 $(fmt "${R[$name.p50]}" 2) ms, p99 $(fmt "${R[$name.p99]}" 2) ms, errors $errors"
}

# settle URL TOKEN: waits (at most 90 s) until a GET answers within half a second, or as fast as the one
# before (a request that is slow on its own), so that requests still queued from an overloaded phase (the
# clients gave up, the server did not) do not spill into the next measurement.
settle() {
  local deadline=$((SECONDS + 90)) took previous=""
  while ((SECONDS < deadline)); do
    took="$(curl -s -o /dev/null -w '%{time_total}' --max-time 30 -H "Authorization: Bearer $2" "$1" || echo 30)"
    awk -v t="$took" -v p="$previous" 'BEGIN { exit !(t < 0.5 || (p != "" && t >= 0.8 * p)) }' && return 0
    previous=$took
    sleep 1
  done
  warn "the service still answers slowly ($took s for $1); measuring anyway"
}

# pgbench_tps NAME [pgbench args...]: RUNS runs of DURATION seconds after a warm-up; R[NAME] = tps stats.
pgbench_tps() {
  local name=$1 i out values=()
  shift
  COMMANDS+=("pgbench -n -M prepared -c 8 -j 2 -T $DURATION $* $CEILING_DB   # $name, ${RUNS}× after ${WARMUP}s warm-up")
  pgbench -n -M prepared -c 8 -j 2 -T "$WARMUP" "$@" "$CEILING_DB" >/dev/null 2>&1
  for ((i = 1; i <= RUNS; i++)); do
    out="$(pgbench -n -M prepared -c 8 -j 2 -T "$DURATION" "$@" "$CEILING_DB" 2>&1)"
    printf '%s\n' "$out" >>"$WORK/pgbench-$name.log"
    values+=("$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out" | awk 'NR == 1')")
  done
  R[$name]="$(stats "${values[@]}")"
  log "$name: $(fmt "${R[$name]}") tps"
}

# ---------------------------------------------------------------- profiles (JFR)

# profile_run SERVICE NAME URL [wrk args...]: one unmeasured saturation run of DURATION with JFR recording.
profile_run() {
  local pid
  [[ "$PROFILE" == 1 ]] || return 0
  pid="$(service_pid "$1")"
  profile_start "$pid"
  wrk -t2 -c"$WRK_CONNECTIONS" -d"${DURATION}s" "${@:4}" "$3" >/dev/null
  profile_stop "$pid" "$2"
}

profile_start() {
  [[ "$PROFILE" == 1 ]] || return 0
  "$JDK_BIN/jcmd" "$1" JFR.start name=bench settings=profile >/dev/null 2>&1 || warn "JFR did not start on pid $1"
}
# profile_stop PID NAME: dumps the recording and summarises it into R[NAME.hot] (markdown): where the CPU
# goes, and where threads wait.
profile_stop() {
  local pid=$1 name=$2 recording=${3:-bench} file="$WORK/$2.jfr"
  [[ "$PROFILE" == 1 ]] || return 0
  "$JDK_BIN/jcmd" "$pid" JFR.dump name="$recording" filename="$file" >/dev/null 2>&1 || { warn "no JFR dump from pid $pid"; return 0; }
  "$JDK_BIN/jcmd" "$pid" JFR.stop name="$recording" >/dev/null 2>&1 || true
  R[$name.hot]="$(hot_methods "$file")"
  # Waits in our code matter under load; a start-up recording has none worth listing.
  [[ "$recording" == startup ]] || R[$name.hot]+=$'\n\n'"$(waits "$file")"
}
# The top frames of the CPU samples, by package (first three segments) and by method, as markdown.
hot_methods() {
  local frames total
  frames="$("$JDK_BIN/jfr" print --events jdk.ExecutionSample "$1" |
    awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/\(.*/, ""); print }')"
  total="$(grep -c . <<<"$frames" || true)"
  if ((total == 0)); then
    echo "(no CPU samples)"
    return 0
  fi
  printf '%s CPU samples; top frames by package: ' "$total"
  awk -F. '{ print $1 "." $2 "." $3 }' <<<"$frames" | sort | uniq -c | sort -rn | awk 'NR <= 8' |
    awk -v n="$total" '{ printf "%s`%s` %.0f%%", (NR > 1 ? ", " : ""), $2, 100 * $1 / n } END { print "" }'
  echo
  sort <<<"$frames" | uniq -c | sort -rn | awk 'NR <= 12' | awk -v n="$total" '{ printf "    %5.1f%%  %s\n", 100 * $1 / n, $2 }'
}

# Where request and consumer threads wait (JFR events of 10 ms or more whose stack passes through our
# code): database reads, monitor contention and parking, grouped by the innermost nl.venster frame.
waits() {
  "$JDK_BIN/jfr" print --stack-depth 64 --events jdk.SocketRead,jdk.JavaMonitorEnter,jdk.ThreadPark "$1" | awk '
    function flush() {
      if (event != "" && site != "") {
        key = event (port == "5432" ? " (PostgreSQL)" : "") " in " site
        count[key]++; total[key] += ms
      }
      event = ""; site = ""; port = ""; ms = 0
    }
    /^jdk\./ { flush(); event = $1 }
    /^[ \t]+duration = / {
      ms = $3; sub(/,/, "", ms)
      if ($4 == "s") ms *= 1000; else if ($4 == "us") ms /= 1000; else if ($4 == "ns") ms /= 1000000
    }
    /^[ \t]+port = / { port = $3 }
    site == "" && /^[ \t]+nl\.venster\./ { site = $1; sub(/\(.*/, "", site) }
    END {
      flush()
      for (key in count) printf "%d\t%.0f\t%s\n", count[key], total[key], key
    }' | sort -t$'\t' -k2,2nr | awk 'NR <= 8' |
    awk -F'\t' 'BEGIN { print "| waits ≥ 10 ms | count | total s |"; print "|---|---|---|" } { printf "| `%s` | %d | %.1f |\n", $3, $1, $2 / 1000 }'
}

# ---------------------------------------------------------------- service processes

service_pid() { our_pid "$1" "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
# Milliseconds since the epoch at which a process started (from /proc: boot time + start ticks).
process_start_ms() {
  local btime ticks
  btime="$(awk '/^btime/ { print $2 }' /proc/stat)"
  ticks="$(proc_start_time "$1")"
  echo $((btime * 1000 + ticks * 1000 / $(getconf CLK_TCK)))
}
# The aggregate "cpu" line of /proc/stat (user nice system idle iowait irq softirq steal ...), in ticks.
cpu_ticks() { awk '$1 == "cpu" { print $2, $3, $4, $5, $6, $7, $8, $9 }' /proc/stat; }
# steal_percent_since TICKS: the share of all CPU time since then that the hypervisor gave to other guests,
# i.e. time this machine's two cores were not really there (figures drift with it).
steal_percent_since() {
  awk -v a="$1" -v b="$(cpu_ticks)" 'BEGIN { n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) total += y[i] - x[i];
    printf "%.1f", (total > 0 ? 100 * (y[8] - x[8]) / total : 0) }'
}
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Starts services with the benchmark's settings (write rate limit off: the load comes from few clients).
RESTORE_SERVICES=0
bench_services() {
  RESTORE_SERVICES=1
  API_WRITE_RATE_LIMIT_PER_MINUTE=0 SKIP_BUILD=1 "$LOCAL_DIR/services.sh" "$@"
}

# B5: each service alone, STARTS times: process start → ready 200, polled every 20 ms.
measure_startup() {
  local name port i pid t_ready values start_ms
  for name in "${SERVICE_NAMES[@]}"; do
    port=${PORT[$name]}
    values=()
    # First a start that is not timed, with a JFR recording from the first instruction to ready: where
    # start-up goes. (First, so that the process measured later carries no start-up recording.)
    bench_services stop "$name" 2>>"$WORK/services.log"
    SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-}$( [[ "$PROFILE" == 1 ]] && echo " -XX:StartFlightRecording=name=startup,settings=profile")" \
      bench_services start "$name" 2>>"$WORK/services.log" || die "$name did not start (see $WORK/services.log)"
    profile_stop "$(service_pid "$name")" "b5.$name.profile" startup
    R[b5.$name.quarkus]="$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$RUN_DIR/$name.log" | tail -n 1)"
    for ((i = 1; i <= STARTS; i++)); do
      bench_services stop "$name" 2>>"$WORK/services.log"
      bench_services start "$name" 2>>"$WORK/services.log" &
      local starter=$!
      pid=""
      until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$((port + 1000))/q/health/ready" 2>/dev/null)" == 200 ]]; do
        kill -0 "$starter" 2>/dev/null || [[ -n "$(service_pid "$name")" ]] || { cat "$WORK/services.log" >&2; die "$name did not start"; }
        sleep 0.02
      done
      t_ready="$(now_ms)"
      wait "$starter" || die "$name did not start (see $WORK/services.log)"
      pid="$(service_pid "$name")"
      start_ms="$(process_start_ms "$pid")"
      values+=("$(awk -v ms=$((t_ready - start_ms)) 'BEGIN { printf "%.2f", ms / 1000 }')")
    done
    R[b5.$name.start]="$(stats "${values[@]}")"
    log "$name: ready $(fmt "${R[b5.$name.start]}" 2) s after process start"
  done
}

restart_all_for_bench() {
  log "restarting the services with the benchmark's settings"
  bench_services stop 2>>"$WORK/services.log"
  bench_services start 2>>"$WORK/services.log" || die "services did not start (see $WORK/services.log)"
}

restore_services() {
  ((RESTORE_SERVICES == 1)) || return 0
  log "restarting the services with their normal settings"
  SKIP_BUILD=1 "$LOCAL_DIR/services.sh" stop 2>>"$WORK/services.log" || true
  SKIP_BUILD=1 "$LOCAL_DIR/services.sh" start 2>>"$WORK/services.log" || warn "services did not restart: run deploy/local/services.sh start"
  RESTORE_SERVICES=0
}

# The separate reporting-service instance for B4/B6: own port, own database, bench.* topics, its own
# consumer group starting at the end (the live consumer must not race the rebuild over the same events).
BENCH_INSTANCE_PID=""
start_bench_instance() {
  local jar="$ROOT/reporting-service/target/quarkus-app/quarkus-run.jar" jvm_flags
  mapfile -t jvm_flags < <(service_jvm_flags reporting-service)
  fresh_database "$BENCH_DB"
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS is a list of JVM flags
  (
    cd "$ROOT/reporting-service"
    exec env "${SERVICE_ENV[@]}" QUARKUS_DATASOURCE_USERNAME=venster QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" \
      KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}" \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$SECRETS_DIR/jwt-public.pem" \
      QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$BENCH_PORT \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$((BENCH_PORT + 1000)) EVENTS_TOPIC_PREFIX=$PREFIX \
      MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID="bench-reporting-$RUN_ID" \
      MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_AUTO_OFFSET_RESET=latest \
      "$JAVA" "${jvm_flags[@]}" ${SERVICE_JAVA_OPTS:-} -jar "$jar" >"$WORK/reporting-bench.log" 2>&1 </dev/null
  ) &
  BENCH_INSTANCE_PID=$!
  wait_for_http "http://127.0.0.1:$((BENCH_PORT + 1000))/q/health/ready" 180 "$BENCH_INSTANCE_PID" ||
    { show_log_tail "$WORK/reporting-bench.log" 40; die "the benchmark's reporting instance did not start"; }
}
stop_bench_instance() {
  [[ -n "$BENCH_INSTANCE_PID" ]] || return 0
  kill -TERM "$BENCH_INSTANCE_PID" 2>/dev/null || true
  local deadline=$((SECONDS + 20))
  while kill -0 "$BENCH_INSTANCE_PID" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  kill -KILL "$BENCH_INSTANCE_PID" 2>/dev/null || true
  BENCH_INSTANCE_PID=""
}

cleanup() {
  stop_bench_instance
  restore_services
}
trap cleanup EXIT

# ---------------------------------------------------------------- the workloads

B2_YEAR=""
# A round of the benchmark's own (2100 downwards: the first that is open or absent), every region with
# an aanspreekpunt per financier, and one first submission per answer set so later PUTs are amendments.
prepare_round() {
  local token=$1 year status region financier answers attempt code
  mapfile -t REGIONS < <(call GET "$REGISTER/regios?pageSize=100" "$token" | jq -r '.[].code' | sort)
  ((${#REGIONS[@]} > 0)) || die "no regions in the registry: start with deploy/local/start.sh (it seeds them)"
  ensure_aanspreekpunten "$token" "${REGIONS[@]}"
  for ((year = 2100; year > 2090; year--)); do
    status="$(curl -s -o "$WORK/ronde.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$VENSTER/rondes/$year")"
    if [[ "$status" == 404 ]]; then
      open_round "$year" "$token"
      break
    elif [[ "$status" == 200 && "$(jq -r .status "$WORK/ronde.json")" == open ]]; then
      break
    fi
  done
  B2_YEAR=$year
  answers="$(call GET "$VENSTER/rondes/$year" "$token" | jq -c '{antwoorden: [.vragen[] | {vraag: .code, score: 7}]}')"
  printf '%s' "$answers" >"$WORK/answers.json"
  : >"$WORK/b2-targets.tsv"
  : >"$WORK/b3-targets.tsv"
  for region in "${REGIONS[@]}"; do
    for financier in "${FINANCIERS[@]}"; do
      local subject_token url
      subject_token="$("$LOCAL_DIR/token.sh" "demo-$region-$financier" aanspreekpunt 180)"
      url="$VENSTER/rondes/$year/regios/$region/antwoorden/$financier"
      # The venster-service learns new roles from the registry's events: retry until it has. 428: done before.
      for attempt in $(seq 1 60); do
        code="$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $subject_token" \
          -H 'Content-Type: application/json' --data "$answers" "$url")"
        [[ "$code" == 2* || "$code" == 428 ]] && break
        ((attempt < 60)) || die "the first answers for $region/$financier were refused ($code)"
        sleep 0.5
      done
      printf 'PUT\t%s\t%s\n' "$url" "$subject_token" >>"$WORK/b2-targets.tsv"
      printf '%s\t%s\t%s\t%s\n' "$url" "$subject_token" "$RAPPORTAGE/rondes/$year/regios/$region" "$financier" >>"$WORK/b3-targets.tsv"
    done
  done
  log "round $year open with ${#REGIONS[@]} regions × 3 answer sets"
}

b1() {
  local token=$1 code
  code="${REGIONS[0]}"
  wrk_rps b1.trivial "$REGISTER/bestaat-niet" -H "Authorization: Bearer $token"
  wrk_rps b1.regio "$REGISTER/regios/$code" -H "Authorization: Bearer $token"
  wrk_rps b1.regios "$REGISTER/regios" -H "Authorization: Bearer $token"
  printf 'GET\t%s\t%s\nGET\t%s\t%s\n' "$REGISTER/regios/$code" "$token" "$REGISTER/regios" "$token" >"$WORK/b1-targets.tsv"
  settle "$REGISTER/regios/$code" "$token"
  fixed_rate b1.fixed 500 "$WORK/b1-targets.tsv"
  trivial_latency b1 500 "$REGISTER/bestaat-niet" "$token"
  pgbench_tps b1.pgbench -S
}

b2() {
  # The ceiling: what one amendment writes, as pgbench does it (venster-service's schema in a scratch
  # database: answer-set version, its answers, the outbox row and the audit row in one transaction).
  pg_dump -s -h 127.0.0.1 -U venster venster | psql -q -v ON_ERROR_STOP=1 "$CEILING_DB" >/dev/null
  psql -q -v ON_ERROR_STOP=1 "$CEILING_DB" -c "create sequence bench_versie" \
    -c "insert into ronde values (2100, 'open', now(), now() + interval '30 days', 6, 3, 1)" >/dev/null
  # The event JSON goes in base64: pgbench would take every ":name" inside it for a variable.
  local event
  event="$(jq -c '{specversion: "1.0", id: "8b1f8c5e-8f7a-4c8e-9d1a-000000000000",
    source: "urn:nld:oin:00000000000000000000:systeem:venster-service", type: "nl.venster.antwoordset.ingediend",
    subject: "rondes/2100/regios/ZK01/antwoorden/gemeenten", time: "2026-01-01T00:00:00Z",
    datacontenttype: "application/json", sequence: "2", sequencetype: "Integer",
    data: ({jaar: 2100, regio: "ZK01", financier: "gemeenten", versie: 2, ingediendOp: "2026-01-01T00:00:00Z"} + .)}' \
    "$WORK/answers.json" | base64 -w0)"
  cat >"$WORK/b2-amendment.sql" <<SQL
\\set regio random(1, 31)
BEGIN;
INSERT INTO antwoordset (jaar, regio, financier, versie, ingediend_op, ingediend_door)
  VALUES (2100, 'ZK' || lpad(:regio::text, 2, '0'), 'gemeenten', nextval('bench_versie'), now(), 'demo-bench') RETURNING id \\gset
INSERT INTO antwoord (antwoordset_id, volgorde, vraag, score, toelichting)
  VALUES (:id, 0, 'proces', 7, NULL), (:id, 1, 'agenda', 7, NULL), (:id, 2, 'resultaten', 7, NULL);
INSERT INTO outbox_event (id, topic, record_key, event_type, cloud_event)
  VALUES (gen_random_uuid(), 'venster.antwoorden', '2100/ZK01', 'nl.venster.antwoordset.ingediend',
  convert_from(decode('$event', 'base64'), 'UTF8')::jsonb);
INSERT INTO audit_log (subject, action, resource_type, resource_id, details)
  VALUES ('demo-bench', 'gewijzigd', 'antwoordset', '2100/ZK01/gemeenten', '{"versie": 2}'::jsonb);
COMMIT;
SQL
  # wrk sends the same amendments round-robin over every answer set, each with its aanspreekpunt's token.
  BODY="$(jq -Rs . <"$WORK/answers.json")" awk -F'\t' '
    BEGIN { print "local requests = {}"; print "-- In init: wrk knows the Host header only once the script has loaded."; print "function init(args)" }
    { printf "  requests[#requests + 1] = wrk.format(\"PUT\", \"%s\", {[\"Authorization\"] = \"Bearer %s\", [\"Content-Type\"] = \"application/json\", [\"If-Match\"] = \"*\"}, %s)\n", $2, $3, ENVIRON["BODY"] }
    END { print "end"; print "local i = 0"; print "request = function() i = i % #requests + 1; return requests[i] end" }' \
    "$WORK/b2-targets.tsv" | sed 's|"http://127.0.0.1:8082|"|' >"$WORK/b2-amend.lua"
  settle "$VENSTER/rondes/$B2_YEAR" "$1"
  wrk_rps b2.put "$VENSTER/" -s "$WORK/b2-amend.lua"
  settle "$VENSTER/rondes/$B2_YEAR" "$1"
  fixed_rate b2.fixed 100 "$WORK/b2-targets.tsv" --body-file "$WORK/answers.json" --header "If-Match: *"
  pgbench_tps b2.pgbench -f "$WORK/b2-amendment.sql"
}

# The reporting-service's consumer lag over the four topics it consumes (sum of LAG; committed offsets
# trail by at most the throttled commit interval). The group may also hold offsets of other topics, e.g.
# the test suite's test.* topics, which nothing consumes here.
reporting_lag() {
  "$JAVA" -cp "$KAFKA_DIR/libs-$(root_pom_property kafka.version)/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server 127.0.0.1:9092 --describe --group reporting-service 2>/dev/null |
    awk '$1 == "reporting-service" && $2 ~ /^(register\.regios|venster\.(rondes|antwoorden|opvolgingen))$/ && $6 ~ /^[0-9]+$/ { lag += $6 }
      END { print lag + 0 }'
}

# caught_up LABEL: waits (at most 120 s) until the reporting-service has consumed every event, so a lag
# measurement does not start behind the backlog an earlier phase left; logs the backlog and how fast it went.
caught_up() {
  local start=$SECONDS backlog lag
  backlog="$(reporting_lag)"
  lag=$backlog
  while ((lag > 0 && SECONDS - start < 120)); do
    sleep 1
    lag="$(reporting_lag)"
  done
  log "$1: reporting backlog of $backlog events worked off in $((SECONDS - start)) s (lag now $lag)"
  R[$1.backlog]="$backlog $((SECONDS - start))"
}

b3() {
  local token=$1 i out p50=() p99=() errors=0
  settle "$VENSTER/rondes/$B2_YEAR" "$token"
  COMMANDS+=("loadgen lag --rate 50 --seconds $DURATION --warmup $WARMUP,2,2.. --poll-ms 10 --targets <b3-targets.tsv> --header 'If-Match: *'   # b3, ${RUNS}×")
  for ((i = 1; i <= RUNS; i++)); do
    caught_up "b3.run$i"
    out="$(loadgen lag --rate 50 --seconds "$DURATION" --warmup "$((i == 1 ? WARMUP : 2))" --poll-ms 10 --targets "$WORK/b3-targets.tsv" \
      --body-file "$WORK/answers.json" --reader-token "$token" --header "If-Match: *")"
    printf '%s\n' "$out" >>"$WORK/loadgen-b3.log"
    p50+=("$(field lag_p50 "$out")")
    p99+=("$(field lag_p99 "$out")")
    errors=$((errors + $(field failed_puts "$out") + $(field never_visible "$out")))
    R[b3.put.p99]="$(field put_p99 "$out")"
  done
  R[b3.p50]="$(stats "${p50[@]}")"
  R[b3.p99]="$(stats "${p99[@]}")"
  R[b3.errors]=$errors
  log "b3: lag p50 $(fmt "${R[b3.p50]}" 1) ms, p99 $(fmt "${R[b3.p99]}" 1) ms (not visible or failed: $errors)"
}

b4() {
  local token=$1 out i values=() ceiling=() start body libs
  libs="$KAFKA_DIR/libs-$(root_pom_property kafka.version)"
  [[ -d "$libs" ]] || die "no Kafka jars in ${libs#"$ROOT"/}: run deploy/local/kafka.sh start once"
  log "writing $EVENTS synthetic answer events to ${PREFIX}* topics"
  out="$(loadgen events --prefix "$PREFIX" --events "$EVENTS" --regions "$REGIONS_B4" --rounds "$ROUNDS_B4" 2>>"$WORK/events.log")"
  printf '%s\n' "$out" >"$WORK/events.out"
  R[b4.produced]="$out"
  COMMANDS+=("loadgen events --prefix $PREFIX --events $EVENTS --regions $REGIONS_B4 --rounds $ROUNDS_B4")
  COMMANDS+=("java -cp '.local/kafka/libs-*/*' org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:9092 --topic ${PREFIX}venster.antwoorden --messages $EVENTS --group <new> --timeout 60000   # b4 ceiling, ${RUNS}×")
  for ((i = 0; i <= RUNS; i++)); do
    out="$("$JAVA" -Xmx512m -cp "$libs/*" "-Dlog4j2.configurationFile=$LOCAL_DIR/kafka/log4j2-tools.xml" \
      org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:9092 --topic "${PREFIX}venster.antwoorden" \
      --messages "$EVENTS" --group "bench-perf-$RUN_ID-$i" --timeout 60000 2>>"$WORK/consumer-perf.log")"
    printf '%s\n' "$out" >>"$WORK/consumer-perf.log"
    # Run 0 warms the broker's page cache and is not counted. The 10th column, fetch.nMsg.sec, is the
    # consumption rate without the consumer group's join.
    ((i == 0)) || ceiling+=("$(tail -n 1 <<<"$out" | awk -F', *' '{ print $10 }')")
  done
  R[b4.ceiling]="$(stats "${ceiling[@]}")"
  log "b4 ceiling (ConsumerPerformance): $(fmt "${R[b4.ceiling]}") events/s"

  start_bench_instance
  profile_start "$BENCH_INSTANCE_PID"
  COMMANDS+=("curl -X POST -H 'Authorization: Bearer <beheerder>' http://127.0.0.1:$BENCH_PORT/api/rapportage/v1/beheer/herbouw   # b4, 1 warm-up + ${RUNS}×")
  # The first rebuild warms the JIT and caches, like the other warm-ups. A rebuild that takes longer than
  # REBUILD_SLOW seconds is counted instead and not repeated: warming up is noise at that scale, and the
  # whole benchmark must stay within its time budget.
  local runs=$RUNS wall
  for ((i = 0; i <= runs; i++)); do
    wall="$(now_ms)"
    # The service refuses a rebuild after rapportage.herbouw.maximale-duur (10 min); wait a little longer.
    body="$(curl -s --max-time 700 -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:$BENCH_PORT/api/rapportage/v1/beheer/herbouw" || true)"
    wall=$(($(now_ms) - wall))
    printf '%s\n' "$body" >>"$WORK/herbouw.log"
    local ms total
    ms="$(jq -r '.duurMs // empty' <<<"$body" 2>/dev/null || true)"
    if [[ -z "$ms" ]]; then
      R[b4.failed]="the rebuild failed after $((wall / 1000)) s: \`$(head -c 300 <<<"$body")\` (at most $((EVENTS * 1000 / (wall + 1))) events/s)"
      warn "b4: ${R[b4.failed]}"
      return 0
    fi
    total="$(jq -r '[.toegepast, .dubbel, .verouderd, .ongeldig] | add' <<<"$body")"
    R[b4.result]="$body"
    log "b4 rebuild $i: $total events in $ms ms"
    if ((i > 0 || ms > REBUILD_SLOW * 1000)); then
      values+=("$(awk -v n="$total" -v ms="$ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')")
    fi
    if ((ms > REBUILD_SLOW * 1000)); then
      R[b4.note]="A rebuild took more than $REBUILD_SLOW s, so it ran $((i + 1)) time(s) and every run counts."
      break
    fi
  done
  R[b4.rate]="$(stats "${values[@]}")"
}

b6() {
  local token=$1 base="http://127.0.0.1:$BENCH_PORT/api/rapportage/v1"
  if [[ -n "${R[b4.failed]:-}" ]]; then
    R[b6.skipped]="not measured: the rebuild (B4) failed, so the benchmark instance has no model"
    warn "b6: ${R[b6.skipped]}"
    return 0
  fi
  wrk_rps b6.trivial "$base/bestaat-niet" -H "Authorization: Bearer $token"
  wrk_rps b6.overzicht "$base/rondes/$B6_YEAR/overzicht" -H "Authorization: Bearer $token"
  wrk_rps b6.csv "$base/rondes/$B6_YEAR/regios?pageSize=100" -H "Authorization: Bearer $token" -H "Accept: text/csv"
  printf 'GET\t%s\t%s\n' "$base/rondes/$B6_YEAR/overzicht" "$token" >"$WORK/b6-targets.tsv"
  settle "$base/rondes/$B6_YEAR/overzicht" "$token"
  fixed_rate b6.fixed.overzicht 200 "$WORK/b6-targets.tsv"
  printf 'GET\t%s\t%s\n' "$base/rondes/$B6_YEAR/regios?pageSize=100" "$token" >"$WORK/b6-csv-targets.tsv"
  settle "$base/rondes/$B6_YEAR/overzicht" "$token"
  fixed_rate b6.fixed.csv 200 "$WORK/b6-csv-targets.tsv" --header "Accept: text/csv"
  trivial_latency b6 200 "$base/bestaat-niet" "$token"
}

# trivial_latency NAME RATE URL TOKEN: the latency ceiling, the trivial endpoint at the same fixed rate, in
# R[NAME.fixed.trivial.*] (its 404s are the expected answer, so its "errors" are not reported).
trivial_latency() {
  printf 'GET\t%s\t%s\n' "$3" "$4" >"$WORK/$1-trivial-targets.tsv"
  fixed_rate "$1.fixed.trivial" "$2" "$WORK/$1-trivial-targets.tsv"
}

# latency_ceiling MEASURED CEILING: report text comparing R[MEASURED.p99] with the trivial endpoint's R[CEILING.p99].
latency_ceiling() {
  local measured=${R[$1.p99]:-} ceiling=${R[$2.p99]:-}
  [[ -n "$ceiling" ]] || return 0
  printf 'the trivial endpoint at the same rate (the ceiling): p50 %s ms, p99 %s ms; ratio of the p99s %s' \
    "$(fmt "${R[$2.p50]:-}" 2)" "$(fmt "$ceiling" 2)" "$(ratio "$(median "$measured")" "$(median "$ceiling")")"
}

# ---------------------------------------------------------------- report

row_rps() { # label key ceiling-key target
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(fmt "${R[$2]:-}")" "$(fmt "${R[$3]:-}")" "$(ratio "$(median "${R[$2]:-}")" "$(median "${R[$3]:-}")")" "$4"
}

write_report() {
  local name commit dirty=""
  commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]] || dirty=" (with uncommitted changes)"
  {
    echo "# Benchmarks"
    echo
    echo "Written by \`deploy/bench/run.sh\` (issue 7); do not edit by hand. Figures are the median of $RUNS runs with"
    echo "the spread (min–max) in brackets; every run follows a warm-up. Ratios compare medians measured in this run."
    ((RUNS > 1)) || echo "**Single short runs (BENCH_QUICK or BENCH_RUNS=1): these figures prove the harness, they measure nothing.**"
    echo
    echo "## Machine and run"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
    echo "| commit | \`$commit\`$dirty |"
    echo "| CPU | $(nproc) × $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | awk 'NR == 1') |"
    echo "| memory | $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
    echo "| kernel | $(uname -sr) |"
    echo "| JDK | $("$JAVA" -version 2>&1 | awk 'NR == 1') |"
    echo "| service JVM flags | \`${SERVICE_JVM_FLAGS[*]} ${SERVICE_JAVA_OPTS:-}\`, -Xmx $(for name in "${SERVICE_NAMES[@]}"; do printf '%s %s; ' "${name%-service}" "${SERVICE_MAX_HEAP[$name]}"; done) |"
    echo "| load average at the start | $LOAD_AT_START |"
    echo "| CPU time stolen by the hypervisor during the run | $(steal_percent_since "$CPU_AT_START") % |"
    echo "| settings | $RUNS runs × ${DURATION} s after ${WARMUP} s warm-up; wrk -t2 -c$WRK_CONNECTIONS; $STARTS starts per service; $EVENTS events |"
    echo
    echo "PostgreSQL, Kafka, the services, the load generators and the ceilings share the same $(nproc) cores, so every"
    echo "figure includes the load generator's own CPU use. Saturation is closed-model (wrk); latency percentiles are"
    echo "open-model at a fixed rate, measured from each request's intended send time (deploy/bench/loadgen)."
    echo
    echo "## Results"
    echo
    if selected b1; then
      echo "### B1 — registry reads: \`GET /regios/{code}\`, \`GET /regios\`"
      echo
      echo "| workload | req/s | ceiling | ratio | target |"
      echo "|---|---|---|---|---|"
      row_rps "\`GET /regios/${REGIONS[0]}\` vs. trivial endpoint" b1.regio b1.trivial "≥ 3,000 req/s: $(verdict "$(median "${R[b1.regio]:-}")" ">=" 3000)"
      row_rps "\`GET /regios\` (page of 20) vs. trivial endpoint" b1.regios b1.trivial "≥ 3,000 req/s: $(verdict "$(median "${R[b1.regios]:-}")" ">=" 3000)"
      row_rps "\`GET /regios/${REGIONS[0]}\` vs. \`pgbench -S\` (tps)" b1.regio b1.pgbench ""
      echo
      echo "At a fixed 500 req/s (both URLs alternately): p50 $(fmt "${R[b1.fixed.p50]:-}" 2) ms, **p99 $(fmt "${R[b1.fixed.p99]:-}" 2) ms**"
      echo "(target < 10 ms: $(verdict "$(median "${R[b1.fixed.p99]:-}")" "<" 10)); errors: ${R[b1.fixed.errors]:-}. Trivial endpoint: \`GET /api/register/v1/bestaat-niet\`"
      echo "(404 problem+json through the same HTTP stack and filters, no database, no token verification);"
      echo "For the p99: $(latency_ceiling b1.fixed b1.fixed.trivial)."
      echo
      echo "Profile of the registry-service during one more saturation run of \`GET /regios/{code}\` after the measurements (JFR):"
      echo
      echo "${R[b1.profile.hot]:-(none)}"
      echo
    fi
    if selected b2; then
      echo "### B2 — amendments: \`PUT /rondes/$B2_YEAR/regios/{regio}/antwoorden/{financier}\` (If-Match: \*)"
      echo
      echo "| workload | req/s | ceiling | ratio | target |"
      echo "|---|---|---|---|---|"
      row_rps "amendments over $(wc -l <"$WORK/b2-targets.tsv") answer sets vs. pgbench with the same inserts (tps)" b2.put b2.pgbench "≥ 500 req/s: $(verdict "$(median "${R[b2.put]:-}")" ">=" 500)"
      echo
      echo "Non-2xx at saturation: ${R[b2.put.non2xx]:-}. At a fixed 100 req/s: p50 $(fmt "${R[b2.fixed.p50]:-}" 2) ms, **p99 $(fmt "${R[b2.fixed.p99]:-}" 2) ms**"
      echo "(target < 50 ms: $(verdict "$(median "${R[b2.fixed.p99]:-}")" "<" 50)); errors: ${R[b2.fixed.errors]:-}."
      echo "The pgbench script (8 clients): answer-set version, its three answers, the outbox row and the audit row in one"
      echo "transaction, in a scratch copy of the venster schema. The service also locks the round FOR SHARE and the answer"
      echo "set with an advisory lock, checks the aanspreekpunt's roles in the replica and reads the current version number."
      echo
      echo "Profile of the venster-service during one more saturation run of the amendments after the measurements (JFR):"
      echo
      echo "${R[b2.profile.hot]:-(none)}"
      echo
    fi
    if selected b3; then
      echo "### B3 — end-to-end lag: PUT 2xx → reporting region detail shows that version"
      echo
      # A submission that failed or never showed counts against the target, whatever the others did.
      local p50_verdict p99_verdict
      p50_verdict="$(verdict "$(median "${R[b3.p50]:-}")" "<" 100)"
      p99_verdict="$(verdict "$(median "${R[b3.p99]:-}")" "<" 300)"
      if ((${R[b3.errors]:-0} > 0)); then p50_verdict="**missed**"; p99_verdict="**missed**"; fi
      echo "At 50 submissions/s, $RUNS × $DURATION s: **p50 $(fmt "${R[b3.p50]:-}" 1) ms** (target < 100: $p50_verdict),"
      echo "**p99 $(fmt "${R[b3.p99]:-}" 1) ms** (target < 300: $p99_verdict); failed or not visible within 15 s: ${R[b3.errors]:-}"
      echo "(percentiles are over the submissions that did show)."
      echo "Resolution: each region's detail is polled every 10 ms while submissions of that region wait; each run
starts once the reporting-service has no consumer lag. The path: venster transaction → outbox relay →"
      echo "Kafka → reporting consumer (one transaction per polled batch, each touched region recomputed once) → region detail. No ceiling:"
      echo "for scale, the PUT's own p99 in the last run was ${R[b3.put.p99]:-} ms."
      read -r backlog drained <<<"${R[b3.run1.backlog]:-0 0}"
      echo "Live consumption: before the first run the reporting-service worked off the $backlog events B2 left"
      echo "behind in $drained s (one-second polling of the consumer lag)."
      echo
    fi
    if selected b4; then
      echo "### B4 — rebuilding the reporting model from $EVENTS answer events"
      echo
      echo "| workload | events/s | ceiling | ratio | target |"
      echo "|---|---|---|---|---|"
      if [[ -n "${R[b4.failed]:-}" ]]; then
        echo "| \`POST /beheer/herbouw\` | **failed**: ${R[b4.failed]:-} | $(fmt "${R[b4.ceiling]:-}") | – | ≥ 10,000 events/s: **missed** |"
      else
        row_rps "\`POST /beheer/herbouw\` vs. ConsumerPerformance on the same topic (msg/s)" b4.rate b4.ceiling "≥ 10,000 events/s: $(verdict "$(median "${R[b4.rate]:-}")" ">=" 10000)"
      fi
      echo
      echo "${R[b4.note]:-}"
      echo "Events: $REGIONS_B4 regions, $ROUNDS_B4 rounds (from $B6_YEAR), $EVENTS answer-set events ($((REGIONS_B4 * 3 * ROUNDS_B4)) sets, later events are newer"
      echo "versions), on \`${PREFIX}*\` topics with 6 partitions; generator: \`${R[b4.produced]:-}\`. Rebuilt by a separate"
      echo "reporting-service on port $BENCH_PORT with database \`$BENCH_DB\`; one warm-up rebuild, then $RUNS measured. Last result:"
      echo "\`${R[b4.result]:-}\`."
      echo
      echo "Profile of the benchmark's reporting-service during B4 and B6 (JFR):"
      echo
      echo "${R[b4.profile.hot]:-(none)}"
      echo
    fi
    if selected b5; then
      echo "### B5 — start to ready and resident memory"
      echo
      echo "| service | process start → \`/q/health/ready\` 200 (s) | target < 3 s | RSS after B1–B3 (MB) | target < 300 MB |"
      echo "|---|---|---|---|---|"
      for name in "${SERVICE_NAMES[@]}"; do
        printf '| %s | %s | %s | %s | %s |\n' "$name" "$(fmt "${R[b5.$name.start]:-}" 2)" \
          "$(verdict "$(median "${R[b5.$name.start]:-}")" "<" 3)" "${R[b5.$name.rss]:-–}" \
          "$( [[ -n "${R[b5.$name.rss]:-}" ]] && verdict "${R[b5.$name.rss]:-}" "<" 300 || echo –)"
      done
      echo
      echo "Each service restarted on its own $STARTS times (\`deploy/local/services.sh stop|start <service>\`), the others running;"
      echo "readiness polled every 20 ms; the start time is the process's own (from /proc). RSS: VmRSS of each service"
      echo "after B1–B3 (before the profiling runs, so without JFR buffers)."
      echo "Before the timed starts, one start with a JFR recording up to ready (not timed; Quarkus's own \"started in\" for it in"
      echo "brackets):"
      echo
      for name in "${SERVICE_NAMES[@]}"; do
        echo "**$name** (started in ${R[b5.$name.quarkus]:-?} s): ${R[b5.$name.profile.hot]:-(no profile)}"
        echo
      done
    fi
    if selected b6 && [[ -n "${R[b6.skipped]:-}" ]]; then
      echo "### B6 — reports over 500 regions"
      echo
      echo "${R[b6.skipped]:-}."
      echo
    elif selected b6; then
      echo "### B6 — reports over 500 regions (benchmark instance, round $B6_YEAR)"
      echo
      echo "| workload | req/s | ceiling | ratio | target |"
      echo "|---|---|---|---|---|"
      row_rps "\`GET /rondes/$B6_YEAR/overzicht\` vs. trivial endpoint" b6.overzicht b6.trivial "≥ 1,000 req/s: $(verdict "$(median "${R[b6.overzicht]:-}")" ">=" 1000)"
      row_rps "\`GET /rondes/$B6_YEAR/regios?pageSize=100\`, \`Accept: text/csv\` vs. trivial endpoint" b6.csv b6.trivial "≥ 1,000 req/s: $(verdict "$(median "${R[b6.csv]:-}")" ">=" 1000)"
      echo
      echo "At a fixed 200 req/s: overview p99 **$(fmt "${R[b6.fixed.overzicht.p99]:-}" 2) ms** (target < 20: $(verdict "$(median "${R[b6.fixed.overzicht.p99]:-}")" "<" 20)),"
      echo "CSV p99 **$(fmt "${R[b6.fixed.csv.p99]:-}" 2) ms** (target < 20: $(verdict "$(median "${R[b6.fixed.csv.p99]:-}")" "<" 20)); errors: $((${R[b6.fixed.overzicht.errors]:-0} + ${R[b6.fixed.csv.errors]:-0}))."
      echo "The CSV export pages at most 100 rows (the API's page-size limit); each page is computed over all 500 regions."
      echo "For the overview's p99: $(latency_ceiling b6.fixed.overzicht b6.fixed.trivial)."
      echo
    fi
    echo "## Commands"
    echo
    echo '```sh'
    echo "deploy/local/start.sh"
    echo "deploy/bench/run.sh   # BENCH_RUNS=$RUNS BENCH_SECONDS=$DURATION BENCH_WARMUP=$WARMUP BENCH_STARTS=$STARTS BENCH_EVENTS=$EVENTS"
    echo "# which runs, with loadgen = java -cp deploy/bench/loadgen/target/classes:deploy/bench/loadgen/target/lib/* nl.venster.bench.Main:"
    # Tokens are replaced by a placeholder: they are long, and signed with this machine's key.
    printf '%s\n' "${COMMANDS[@]}" | sed -E 's/eyJ[A-Za-z0-9_.-]+/$TOKEN/g'
    echo '```'
  } >"$REPORT"
  log "wrote ${REPORT#"$ROOT"/} (work files: ${WORK#"$ROOT"/})"
}

# ---------------------------------------------------------------- main

main() {
  local t0 token name pid
  t0="$(now_ms)"
  LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
  CPU_AT_START="$(cpu_ticks)"
  [[ -s "$DB_PASSWORD_FILE" ]] || die "no local stack: run deploy/local/start.sh first"
  port_open 127.0.0.1 5432 || die "PostgreSQL is not running: run deploy/local/start.sh first"
  port_open 127.0.0.1 9092 || die "Kafka is not running: run deploy/local/start.sh first"
  for name in "${SERVICE_NAMES[@]}"; do
    [[ -f "$ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] || die "$name is not built: run deploy/local/start.sh first"
  done
  ensure_tools
  log "work folder ${WORK#"$ROOT"/}; load average $LOAD_AT_START"
  token="$("$LOCAL_DIR/token.sh" bench-beheerder beheerder 180)"
  fresh_database "$CEILING_DB"
  pgbench -i -q -s 10 "$CEILING_DB" >"$WORK/pgbench-init.log" 2>&1 || die "pgbench -i failed (see $WORK/pgbench-init.log)"

  if selected b5; then
    measure_startup
  elif selected b1 || selected b2 || selected b3; then
    restart_all_for_bench
  fi
  if selected b1 || selected b2 || selected b3; then
    prepare_round "$token"
  fi
  selected b1 && b1 "$token"
  selected b2 && b2 "$token"
  selected b3 && b3 "$token"
  if selected b5; then
    for name in "${SERVICE_NAMES[@]}"; do
      R[b5.$name.rss]="$(rss_mb "$(service_pid "$name")")"
      log "$name: RSS ${R[b5.$name.rss]} MB"
    done
  fi
  selected b1 && profile_run registry-service b1.profile "$REGISTER/regios/${REGIONS[0]}" -H "Authorization: Bearer $token"
  selected b2 && profile_run venster-service b2.profile "$VENSTER/" -s "$WORK/b2-amend.lua"
  if selected b4 || selected b6; then
    b4 "$token"
    selected b6 && b6 "$token"
    profile_stop "$BENCH_INSTANCE_PID" b4.profile
    stop_bench_instance
  fi
  write_report
  restore_services
  log "done in $(elapsed_since "$t0")"
}

main "$@"
