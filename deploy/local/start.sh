#!/usr/bin/env bash
# Starts the whole local system: PostgreSQL, Kafka, JWT keys, then the three services
# (built first unless SKIP_BUILD=1), and prints where everything is. Re-runnable: what
# already runs is reused. deploy/local/stop.sh stops what this started.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=start

t0="$(now_ms)"
"$LOCAL_DIR/postgres.sh" start
"$LOCAL_DIR/kafka.sh" start
"$LOCAL_DIR/smtp.sh" start
"$LOCAL_DIR/keys.sh"
"$LOCAL_DIR/services.sh" start

echo
echo "The local system is running."
echo
for entry in "registry-service:8081:/api/register/v1" \
  "venster-service:8082:/api/venster/v1" \
  "reporting-service:8083:/api/rapportage/v1"; do
  IFS=: read -r name port base <<<"$entry"
  url="http://127.0.0.1:$port"
  # Operational endpoints: the management interface, the API port + 1000.
  management="http://127.0.0.1:$((port + 1000))"
  printf '  %-18s API      %s\n' "$name" "$url$base"
  printf '  %-18s OpenAPI  %s\n' "" "$url$base/openapi.json"
  printf '  %-18s Swagger  %s\n' "" "$management/q/swagger-ui"
  printf '  %-18s health   %s  %s\n' "" "$management/q/health/ready" "$management/q/health/live"
  printf '  %-18s metrics  %s\n' "" "$management/q/metrics"
done
printf '\n  PostgreSQL  127.0.0.1:5432  role venster, password in %s\n' "$DB_PASSWORD_FILE"
cat <<'TEXT'
  Kafka       127.0.0.1:9092  topics in deploy/local/topics.conf
  SMTP        127.0.0.1:3025  GreenMail: every message the venster-service sends (invitations, reminders, ...)
              mailboxes  http://127.0.0.1:8025/api/user  (one per recipient; .../api/user/<address>/messages/INBOX)
              IMAP       127.0.0.1:3143  user and password: the recipient's address
  Logs, pids  .local/run/

Try it (roles: beheerder, aanspreekpunt, lezer):
  TOKEN=$(deploy/local/token.sh demo-beheerder beheerder)
  curl -i -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8081/api/register/v1/audit-regels

Status: deploy/local/status.sh    Stop: deploy/local/stop.sh
TEXT
echo
echo "Started in $(elapsed_since "$t0") (wall time)."
