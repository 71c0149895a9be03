#!/usr/bin/env bash
#
# One origin for front-ends on this machine: Debian's nginx on 127.0.0.1:8080 (CASEWORK_FRONT_PORT) routes by the
# first segment of the path, as a cluster's ingress does (k8s/base/ingress/ingress.yaml):
#   /case-notes/... -> case-notes-service   /visits/...    -> visits-service
#   /deadlines/...  -> deadlines-service    /approvals/... -> approvals-service
# Health and metrics are on each service's management port and never pass through here.
#
#   scripts/front.sh start    install nginx when missing (apt-get, as root), write its configuration, start it
#   scripts/front.sh stop
#   scripts/front.sh status
#
# Configuration, pid and logs go to .infra/front/ (git-ignored). The services need not be running: a request for
# one that is not answers 503 as a problem, like the services' own.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
STATE_DIR="$REPO_ROOT/.infra/front"
FRONT_PORT=${CASEWORK_FRONT_PORT:-8080}
# shellcheck source=services.sh
source "$SCRIPT_DIR/services.sh"

info() { printf '%s\n' "[front] $*"; }
die() { printf '%s\n' "[front] ERROR: $*" >&2; [[ -n ${2:-} && -f ${2:-} ]] && tail -n 20 "$2" >&2; exit 1; }

ensure_installed() {
  command -v nginx >/dev/null && return
  [[ $(id -u) == 0 ]] || die "nginx is missing: install Debian's nginx package (apt-get install nginx) or run as root"
  info "installing nginx from Debian (apt-get)"
  mkdir -p "$STATE_DIR"
  local log="$STATE_DIR/apt.log"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y nginx >"$log" 2>&1; then
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx; } >>"$log" 2>&1 \
      || die "apt-get install nginx failed" "$log"
  fi
  # The package may start its own server on port 80 where the machine has an init system; ours is separate.
}

running_pid() {
  local pid
  [[ -f $STATE_DIR/nginx.pid ]] || return 1
  pid=$(cat "$STATE_DIR/nginx.pid")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# A problem document (RFC 9457) nginx itself answers with, for paths no service owns and services that are down.
problem() {
  printf "default_type application/problem+json; return %s '{\"type\":\"urn:casework:problem:%s\",\"title\":\"%s\",\"status\":%s,\"detail\":\"%s\"}';" "$@"
}

write_config() {
  local service prefix port locations=""
  for service in "${CASEWORK_SERVICES[@]}"; do
    # case-notes-service:8081 answers under /case-notes/.
    prefix=${service%%:*} prefix=${prefix%-service} port=${service#*:}
    locations+="
    location /$prefix/ {
      proxy_pass http://127.0.0.1:$port;
    }"
  done
  mkdir -p "$STATE_DIR/tmp"
  cat >"$STATE_DIR/nginx.conf" <<CONF
# Written by scripts/front.sh; edits are lost on the next start.
worker_processes 1;
pid $STATE_DIR/nginx.pid;
error_log $STATE_DIR/error.log warn;
events { worker_connections 1024; }

http {
  access_log $STATE_DIR/access.log;
  client_body_temp_path $STATE_DIR/tmp/body;
  proxy_temp_path $STATE_DIR/tmp/proxy;
  fastcgi_temp_path $STATE_DIR/tmp/fastcgi;
  uwsgi_temp_path $STATE_DIR/tmp/uwsgi;
  scgi_temp_path $STATE_DIR/tmp/scgi;
  server_tokens off;

  # Bodies up to 1 MB reach the services, which refuse what is over their own limit (256 KB) with a problem.
  client_max_body_size 1m;
  proxy_http_version 1.1;
  proxy_set_header Host \$http_host;
  proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto \$scheme;
  proxy_set_header X-Forwarded-Host \$http_host;
  # With a forwarded scheme and no forwarded port, Quarkus takes the scheme's default port (80), so a browser's
  # same-origin request (a POST, a module script: both send Origin) fails its CORS same-origin check with 403.
  proxy_set_header X-Forwarded-Port \$server_port;
  # The inbox stream (text/event-stream) is passed on as it is written, and may stay open as long as its token.
  proxy_buffering off;
  proxy_read_timeout 1h;
  proxy_set_header Connection "";

  server {
    listen 127.0.0.1:$FRONT_PORT;
    error_page 502 = @down;
    error_page 504 = @late;
$locations

    location / {
      $(problem 404 not-found "Not Found" 404 "No service answers here: every path begins with /case-notes/v1, /visits/v1, /deadlines/v1 or /approvals/v1")
    }
    location @down {
      add_header Retry-After 5 always;
      $(problem 503 service-unavailable "Service Unavailable" 503 "The service for this path is not running: the request did not reach it and nothing was saved; retry after Retry-After seconds")
    }
    location @late {
      $(problem 504 gateway-timeout "Gateway Timeout" 504 "The service did not answer in time: the request may have been applied, so retry it with the same Idempotency-Key")
    }
  }
}
CONF
}

case "${1:-}" in
  start)
    if pid=$(running_pid); then info "already running on http://127.0.0.1:$FRONT_PORT (pid $pid)"; exit 0; fi
    ensure_installed
    write_config
    nginx -t -q -p "$STATE_DIR" -e "$STATE_DIR/error.log" -c "$STATE_DIR/nginx.conf" 2>"$STATE_DIR/check.log" \
      || die "the generated configuration does not load" "$STATE_DIR/check.log"
    nginx -p "$STATE_DIR" -e "$STATE_DIR/error.log" -c "$STATE_DIR/nginx.conf" \
      || die "nginx did not start" "$STATE_DIR/error.log"
    for _ in $(seq 1 50); do (echo >/dev/tcp/127.0.0.1/"$FRONT_PORT") 2>/dev/null && break; sleep 0.1; done
    info "ready on http://127.0.0.1:$FRONT_PORT (pid $(cat "$STATE_DIR/nginx.pid"))" ;;
  stop)
    if pid=$(running_pid); then
      kill -QUIT "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      info "stopped"
    fi
    rm -f "$STATE_DIR/nginx.pid" ;;
  status)
    if pid=$(running_pid); then
      printf '%-18s up    pid %-7s port %-5s\n' front "$pid" "$FRONT_PORT"
    else
      printf '%-18s down\n' front; exit 3
    fi ;;
  *)
    sed -n '3,14p' "$0"; exit 2 ;;
esac
