#!/usr/bin/env bash
# A real SMTP server for the local stack, whose mailbox you can read: GreenMail standalone
# (com.icegreen:greenmail-standalone, version greenmail.version of the root pom) from Maven Central.
#
#   deploy/local/smtp.sh start|stop|status|count
#
# SMTP  127.0.0.1:3025   the venster-service sends here (its default quarkus.mailer.* settings)
# IMAP  127.0.0.1:3143   any mail client: user = the recipient's address, password = the same address
# API   http://127.0.0.1:8025   GreenMail's REST API and its web page, e.g.
#         curl http://127.0.0.1:8025/api/user                         every mailbox (one per recipient)
#         curl http://127.0.0.1:8025/api/user/<address>/messages/INBOX  one mailbox's messages
#         curl -X POST http://127.0.0.1:8025/api/mail/purge             empty all mailboxes
#
# start  uses a server that already answers on 127.0.0.1:3025. Otherwise it resolves the jar into
#        .local/greenmail once and starts it in the background (pid .local/run/smtp.pid, log
#        .local/run/smtp.log). Mail lives in memory: a restart empties the mailboxes.
# stop   stops the server only when this script started it, by its recorded pid.
# count  prints how many messages the mailboxes hold.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=smtp

HOST=127.0.0.1
SMTP_PORT="${SMTP_PORT:-3025}"
IMAP_PORT="${SMTP_IMAP_PORT:-3143}"
API_PORT="${SMTP_API_PORT:-8025}"
START_TIMEOUT="${SMTP_START_TIMEOUT:-60}"
GREENMAIL_VERSION="$(root_pom_property greenmail.version)"
DIR="$STATE_DIR/greenmail"
JAR="$DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"
LOG_FILE="$RUN_DIR/smtp.log"
PID_MARKER="greenmail-standalone-$GREENMAIL_VERSION.jar"

ensure_jar() {
  [[ -f "$JAR" ]] && return 0
  log "resolving GreenMail $GREENMAIL_VERSION (standalone) from Maven Central into ${DIR#"$ROOT"/}"
  mkdir -p "$DIR"
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$DIR" -Dmdep.overWriteIfNewer=true) || die "could not resolve the GreenMail jar (see the Maven output above)"
}

cmd_start() {
  local t0 pid java
  t0="$(now_ms)"
  if pid="$(our_pid smtp "$PID_MARKER")"; then
    log "already running (pid $pid, started by these scripts)"
  elif port_open "$HOST" "$SMTP_PORT"; then
    log "an SMTP server already answers on $HOST:$SMTP_PORT; using it (we will not stop it)"
    return 0
  else
    ensure_jar
    java="$(java_bin)"
    log "starting GreenMail $GREENMAIL_VERSION: SMTP $HOST:$SMTP_PORT, IMAP $HOST:$IMAP_PORT, API http://$HOST:$API_PORT"
    # Any address is accepted and gets a mailbox of its own (login: the address, password: the address).
    # GreenMail keeps every message in memory: room for the tens of thousands of confirmations a write
    # benchmark queues (deploy/bench empties the mailboxes between benchmarks; at 128 MB it ran out of heap).
    nohup "$java" -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
      "-Dgreenmail.smtp.hostname=$HOST" "-Dgreenmail.smtp.port=$SMTP_PORT" \
      "-Dgreenmail.imap.hostname=$HOST" "-Dgreenmail.imap.port=$IMAP_PORT" \
      "-Dgreenmail.api.hostname=$HOST" "-Dgreenmail.api.port=$API_PORT" \
      -Dgreenmail.auth.disabled -jar "$JAR" >"$LOG_FILE" 2>&1 </dev/null &
    pid=$!
    record_pid smtp "$pid" "$PID_MARKER"
  fi
  if ! wait_for_port "$HOST" "$SMTP_PORT" "$START_TIMEOUT" "$pid" || ! wait_for_port "$HOST" "$API_PORT" "$START_TIMEOUT" "$pid"; then
    show_log_tail "$LOG_FILE" 40
    stop_pid smtp "$PID_MARKER"
    die "GreenMail did not start (log: ${LOG_FILE#"$ROOT"/})"
  fi
  log "ready in $(elapsed_since "$t0"): mailboxes at http://$HOST:$API_PORT/api/user"
}

cmd_stop() {
  if our_pid smtp "$PID_MARKER" >/dev/null; then
    stop_pid smtp "$PID_MARKER"
  elif port_open "$HOST" "$SMTP_PORT"; then
    log "the SMTP server on $HOST:$SMTP_PORT was not started by these scripts; leaving it alone"
  else
    log "not running"
  fi
}

cmd_status() {
  local pid
  if pid="$(our_pid smtp "$PID_MARKER")"; then
    printf '%-18s running  pid %-8s %s  ours (mailboxes: http://%s:%s/api/user)\n' smtp "$pid" "$HOST:$SMTP_PORT" "$HOST" "$API_PORT"
  elif port_open "$HOST" "$SMTP_PORT"; then
    printf '%-18s running  pid %-8s %s  external\n' smtp "-" "$HOST:$SMTP_PORT"
  else
    printf '%-18s stopped  pid %-8s %s\n' smtp "-" "$HOST:$SMTP_PORT"
  fi
}

# The number of messages over all mailboxes, from GreenMail's API (0 when none or not running).
cmd_count() {
  local users total=0 user n
  users="$(curl -fsS "http://$HOST:$API_PORT/api/user" 2>/dev/null)" || { echo 0; return 0; }
  for user in $(grep -o '"email" *: *"[^"]*"' <<<"$users" | sed 's/.*: *"\(.*\)"/\1/'); do
    n="$(curl -fsS "http://$HOST:$API_PORT/api/user/$user/messages/INBOX" 2>/dev/null | grep -o '"Message-ID"\|"messageId"' | wc -l)" || n=0
    total=$((total + n))
  done
  echo "$total"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  count) cmd_count ;;
  *)
    echo "usage: $0 start|stop|status|count" >&2
    exit 2
    ;;
esac
