#!/bin/bash
# Container health check without curl: GET <path> on the service's own HTTP port, healthy on HTTP 200.
# The port is QUARKUS_HTTP_PORT when set, else the service's quarkus.http.port baked in at build time.
set -u
path=${1:-/q/health/ready}
port=${QUARKUS_HTTP_PORT:-$(cat /opt/venster/http-port)}
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
IFS=' ' read -r -t 3 _ status _ <&3 || exit 1
[ "$status" = 200 ]
