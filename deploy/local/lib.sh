# shellcheck shell=bash
# Shared helpers for the deploy/local scripts. Sourced, never executed.
#
# Everything these scripts create lives under $ROOT/.local (git-ignored):
#   .local/run      pids (*.pid), logs (*.log) and markers of what *we* started
#   .local/secrets  generated database password and JWT key pair (mode 700)
#   .local/kafka    broker jars, generated configuration, data and broker logs

if [[ -n "${VENSTER_LOCAL_LIB:-}" ]]; then
  return 0
fi
VENSTER_LOCAL_LIB=1

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The scripts live in <root>/deploy/local; derive the root from that instead of the
# caller's working directory so they work from anywhere (and without a .git folder).
ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
if [[ ! -f "$ROOT/pom.xml" ]]; then
  echo "deploy/local: cannot find the repository root (expected $ROOT/pom.xml)" >&2
  exit 1
fi

STATE_DIR="$ROOT/.local"
RUN_DIR="$STATE_DIR/run"
SECRETS_DIR="$STATE_DIR/secrets"
KAFKA_DIR="$STATE_DIR/kafka"

# The one PostgreSQL role of this machine has one password, kept per machine user rather than per
# checkout: a second checkout with a password of its own would re-apply it to the shared role and
# lock out the services of the first (VENSTER_STATE_DIR moves it).
MACHINE_STATE_DIR="${VENSTER_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/venster}"
DB_PASSWORD_FILE="$MACHINE_STATE_DIR/db-password"

# The test suite's databases (register<suffix>_test, ...) and topics (test<suffix>.*) carry a suffix
# of this checkout, so test runs from two checkouts on one machine never share data.
# VENSTER_TEST_SUFFIX overrides it ("" gives the plain register_test and test.* names).
TEST_SUFFIX="${VENSTER_TEST_SUFFIX-_$(printf '%s' "$ROOT" | sha1sum | cut -c1-6)}"
[[ "$TEST_SUFFIX" =~ ^[a-z0-9_]*$ ]] || { echo "VENSTER_TEST_SUFFIX may hold only a-z, 0-9 and _" >&2; exit 1; }

# How long stop_pid waits after SIGTERM before it sends SIGKILL.
STOP_TIMEOUT="${STOP_TIMEOUT:-20}"

mkdir -p "$RUN_DIR" "$KAFKA_DIR" "$SECRETS_DIR" "$MACHINE_STATE_DIR"
# The secrets folders hold a password and a private key: owner only.
chmod 700 "$SECRETS_DIR" "$MACHINE_STATE_DIR"
# A checkout from before the password moved keeps working: its password becomes the machine's.
if [[ ! -s "$DB_PASSWORD_FILE" && -s "$SECRETS_DIR/db-password" ]]; then
  (umask 077 && cp "$SECRETS_DIR/db-password" "$DB_PASSWORD_FILE")
fi

# ---------------------------------------------------------------- logging
# Messages go to stderr so that stdout stays usable for data (token.sh prints only the token).

log() { printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "${LOG_TAG:-local}" "$*" >&2; }
warn() { log "WARNING: $*"; }
die() {
  log "ERROR: $*"
  exit 1
}

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Milliseconds since the epoch, for timing the start-up of each component.
now_ms() { date +%s%3N; }
# Prints "12.3 s" for the time elapsed since a now_ms value.
elapsed_since() {
  local ms=$(($(now_ms) - $1))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

# The JVM to use: the one JAVA_HOME names, as Maven does, else the one on PATH.
java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    command -v java || die "no java found (set JAVA_HOME or put java on PATH)"
  fi
}

# Reads a plain <name>value</name> property from the root pom, so versions stay declared once.
root_pom_property() {
  local value
  value="$(sed -n "s:.*<$1>\([^<\$]*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1)"
  [[ -n "$value" ]] || die "property $1 not found in $ROOT/pom.xml"
  printf '%s\n' "$value"
}

# JVM flags of the service processes (services.sh; deploy/bench/run.sh starts its extra reporting
# instance with the same): service_jvm_flags NAME JAVA prints them one per line. SERVICE_JAVA_OPTS adds to
# them. Serial GC: on two cores and a heap this small it pauses briefly enough, and unlike G1 it does not
# commit the whole -Xmx at start (the JVM's initial heap is 1/64 of the machine's memory) nor keep
# remembered sets and GC threads: lower resident memory (B5, deploy/bench) and a little less start-up
# work. The heap ceilings leave room for the ~180 MB every service needs beside its heap (metaspace for
# ~15,000 classes, compiled code, symbols) within the 300 MB target; the reporting-service gets more, for
# its report cache and rebuild batches.
SERVICE_JVM_FLAGS=(-Xms32m -XX:+UseSerialGC)
declare -A SERVICE_MAX_HEAP=([registry-service]=112m [venster-service]=112m [reporting-service]=160m)
service_jvm_flags() {
  printf '%s\n' "${SERVICE_JVM_FLAGS[@]}" "-Xmx${SERVICE_MAX_HEAP[$1]:?no heap ceiling for $1}"
  # JDK 22+: hand malloc memory the JVM freed (compiler arenas after a burst of compilation, finished
  # threads) back to the OS every few seconds instead of keeping it resident; JDK 17/21 lack the flag.
  if [[ -n "${2:-}" ]] && (($(java_feature_version "$2") >= 22)); then echo "-XX:TrimNativeHeapInterval=5000"; fi
}
# ---------------------------------------------------------------- service JVM and its start-up cache
# The services start from an ahead-of-time cache of a training start (loaded and linked classes, and on
# JDK 25 method profiles): ~3x faster to ready (B5, deploy/bench). Quarkus's aot-jar packaging
# (quarkus.package.jar.type, conventions' microprofile-config.properties) puts every jar on the JVM's own
# class path, which is what the JDK's caches can hold (the fast-jar's own class loader they cannot).
#   JDK 25+   JEP 483/514/515 AOT cache: train with -XX:AOTCacheOutput, run with -XX:AOTCache (app.aot)
#   JDK 17-24 fallback, dynamic AppCDS:  -XX:ArchiveClassesAtExit / -XX:SharedArchiveFile (app-cds.jsa)
# The bytecode stays release 17, so any of these JDKs runs the same build. SERVICE_JAVA_HOME picks the
# JDK; without it the first JDK 25+ under /usr/lib/jvm, else the build's (JAVA_HOME or PATH).
# SERVICE_AOT=0 starts without a cache. A JVM that finds the cache stale (other jars, other JDK) warns and
# starts without it, so a stale cache costs speed, never correctness; services.sh retrains it after a build.

# Prints the feature version (17, 21, 25) of a java executable.
java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# The java executable of the service processes (see above).
service_java() {
  local candidate
  if [[ -n "${SERVICE_JAVA_HOME:-}" ]]; then
    [[ -x "$SERVICE_JAVA_HOME/bin/java" ]] || die "SERVICE_JAVA_HOME=$SERVICE_JAVA_HOME has no bin/java"
    printf '%s\n' "$SERVICE_JAVA_HOME/bin/java"
    return 0
  fi
  candidate="$(java_bin)"
  if (($(java_feature_version "$candidate") < 25)); then
    local jdk
    for jdk in /usr/lib/jvm/*/bin/java; do
      [[ -x "$jdk" ]] && (($(java_feature_version "$jdk") >= 25)) && { candidate="$jdk"; break; }
    done
  fi
  printf '%s\n' "$candidate"
}

# service_cache_file NAME JAVA: the cache of the service for that JDK (in its quarkus-app folder, so a
# clean build drops it).
service_cache_file() {
  local dir="$ROOT/$1/target/quarkus-app"
  if (($(java_feature_version "$2") >= 25)); then printf '%s/app.aot\n' "$dir"; else printf '%s/app-cds.jsa\n' "$dir"; fi
}

# service_cache_flags NAME JAVA use|train: the JVM flags that use (or write) the cache; none for "use"
# when there is no cache or SERVICE_AOT=0.
service_cache_flags() {
  local file
  [[ "${SERVICE_AOT:-1}" == 1 ]] || return 0
  file="$(service_cache_file "$1" "$2")"
  if (($(java_feature_version "$2") >= 25)); then
    if [[ "$3" == train ]]; then echo "-XX:AOTCacheOutput=$file"; elif [[ -f "$file" ]]; then echo "-XX:AOTCache=$file"; fi
  else
    if [[ "$3" == train ]]; then echo "-XX:ArchiveClassesAtExit=$file"; elif [[ -f "$file" ]]; then echo "-XX:SharedArchiveFile=$file"; fi
  fi
  # Only the cache's own problems, and once: a stale cache is a warning in the log, not a failure.
  echo "-Xlog:aot=warning,cds=warning:file=$RUN_DIR/$1.cache.log::filecount=0"
}

# service_cache_fresh NAME JAVA: true when the cache exists, was trained by this JDK and no jar of the
# application is newer than it.
service_cache_fresh() {
  local file stamp
  file="$(service_cache_file "$1" "$2")"
  [[ -f "$file" && -f "$file.jdk" ]] || return 1
  stamp="$("$2" -version 2>&1 | tr '\n' ' ')"
  [[ "$(<"$file.jdk")" == "$stamp" ]] || return 1
  [[ -z "$(find "$ROOT/$1/target/quarkus-app" -name '*.jar' -newer "$file" -print -quit)" ]]
}

# Where readiness is asked (services.sh, and the benchmark through the template health_url %d): on the
# management interface, whose port is the service's API port + 1000 (quarkus.management.port).
# health_url PORT prints the readiness URL of a service whose HTTP port is PORT.
MANAGEMENT_PORT_OFFSET=1000
SERVICE_HEALTH_PATH="${SERVICE_HEALTH_PATH:-/q/health/ready}"
management_port() { echo $(($1 + MANAGEMENT_PORT_OFFSET)); }
health_url() {
  if [[ "$1" == %d ]]; then
    printf 'http://127.0.0.1:%%d%s\n' "$SERVICE_HEALTH_PATH"
  else
    printf 'http://127.0.0.1:%s%s\n' "$(management_port "$1")" "$SERVICE_HEALTH_PATH"
  fi
}

# Environment of the service processes. Fewer glibc malloc arenas (default 8 per core): the many JVM
# threads otherwise each grow their own, which shows as resident memory.
SERVICE_ENV=(MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}")

# ---------------------------------------------------------------- waiting

# True when something accepts TCP connections on host:port. `timeout` guards
# against a connect that hangs instead of being refused.
port_open() {
  timeout 2 bash -c ": </dev/tcp/$1/$2" 2>/dev/null
}

# Prints the HTTP status of a GET (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# wait_for_port HOST PORT TIMEOUT_S [PID]: waits until the port accepts connections;
# fails early when the given process has died, so a crash is not reported as a timeout.
wait_for_port() {
  local host=$1 port=$2 timeout_s=$3 pid=${4:-}
  local deadline=$((SECONDS + timeout_s))
  until port_open "$host" "$port"; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "process $pid exited before $host:$port opened"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "timed out after ${timeout_s}s waiting for $host:$port"
      return 1
    fi
    sleep 0.25
  done
}

# wait_for_http URL TIMEOUT_S [PID]: waits until the URL answers 200 (same early exit as above).
wait_for_http() {
  local url=$1 timeout_s=$2 pid=${3:-}
  local deadline=$((SECONDS + timeout_s)) status
  while true; do
    status="$(http_status "$url")"
    [[ "$status" == 200 ]] && return 0
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "process $pid exited before $url answered 200 (last status $status)"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "timed out after ${timeout_s}s waiting for $url (last status $status)"
      return 1
    fi
    sleep 0.5
  done
}

# ---------------------------------------------------------------- processes we start
# A pid file holds "<pid> <start time>": the start time (field 22 of /proc/<pid>/stat)
# tells a recycled pid apart from the process we started. On top of that every check
# asks for a marker string (e.g. the jar or config path) in /proc/<pid>/cmdline.

pid_file() { printf '%s/%s.pid\n' "$RUN_DIR" "$1"; }

proc_start_time() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  # Drop "pid (comm) " first: comm may contain spaces. Start time is then field 20.
  stat="${stat##*) }"
  awk '{ print $20 }' <<<"$stat"
}

proc_cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null; }

# record_pid NAME PID MARKER: records a process we just started in the background. Waits
# (briefly) until the forked shell has exec'd the real program, so that later checks find
# the marker in its command line.
record_pid() {
  local name=$1 pid=$2 marker=$3 start deadline=$((SECONDS + 5))
  start="$(proc_start_time "$pid")" || die "process $pid ($name) exited right after its start"
  until [[ "$(proc_cmdline "$pid")" == *"$marker"* ]]; do
    kill -0 "$pid" 2>/dev/null || die "process $pid ($name) exited right after its start"
    ((SECONDS < deadline)) || die "process $pid ($name) does not look like what we started: $(proc_cmdline "$pid")"
    sleep 0.05
  done
  printf '%s %s\n' "$pid" "$start" >"$(pid_file "$name")"
}

# our_pid NAME MARKER: prints the pid when the recorded process still runs and is the one
# we started; removes a stale pid file. Returns 1 when there is no such process.
our_pid() {
  local file pid start now cmd
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  read -r pid start <"$file" || true
  if [[ "$pid" =~ ^[0-9]+$ ]] && now="$(proc_start_time "$pid")" && [[ "$now" == "$start" ]]; then
    cmd="$(proc_cmdline "$pid")"
    if [[ "$cmd" == *"$2"* ]]; then
      printf '%s\n' "$pid"
      return 0
    fi
  fi
  rm -f "$file"
  return 1
}

# stop_pid NAME MARKER: SIGTERM to the process we recorded, SIGKILL after STOP_TIMEOUT
# seconds. Never touches a process we did not start.
stop_pid() {
  local name=$1 marker=$2 pid deadline
  if ! pid="$(our_pid "$name" "$marker")"; then
    log "$name: not running (no process of ours)"
    return 0
  fi
  log "$name: stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      warn "$name: pid $pid still running after ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.25
  done
  rm -f "$(pid_file "$name")"
  log "$name: stopped"
}

# Prints the last lines of a log after a failed start.
show_log_tail() {
  local file=$1 lines=${2:-60}
  [[ -f "$file" ]] || return 0
  echo "----- last $lines lines of $file -----" >&2
  tail -n "$lines" "$file" >&2
  echo "-----" >&2
}
