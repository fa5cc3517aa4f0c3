#!/bin/bash
# Container health check without curl: GET <path> on the service's management port (health lives there,
# not on the API port), healthy on HTTP 200. The port is QUARKUS_MANAGEMENT_PORT when set, else the
# service's quarkus.management.port baked in at build time.
set -u
path=${1:-/q/health/ready}
port=${QUARKUS_MANAGEMENT_PORT:-$(cat /opt/venster/management-port)}
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
IFS=' ' read -r -t 3 _ status _ <&3 || exit 1
[ "$status" = 200 ]
