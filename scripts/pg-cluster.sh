#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks (Debian's `postgresql` package).
#   scripts/pg-cluster.sh start   # prints the DATABASE_URL to use
#   scripts/pg-cluster.sh stop
# BALAI_PG_PORT (default 54329) and BALAI_PG_DIR (default /tmp/balai-pg-$PORT) choose where.
# BALAI_PG_FAST=1 turns fsync off (tests only: benchmarks keep the server's durable defaults).
set -euo pipefail
port=${BALAI_PG_PORT:-54329}
dir=${BALAI_PG_DIR:-/tmp/balai-pg-$port}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

as_owner() {
  # initdb refuses to run as root; Debian's package creates the postgres user for this.
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

case "${1:-}" in
  start)
    as_owner "$bin/pg_ctl -D '$dir' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb -D '$dir' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir.initdb.log" 2>&1
    opts="-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200"
    [ "${BALAI_PG_FAST:-0}" = 1 ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl -D '$dir' -o '$opts' -l '$dir/server.log' -w start" >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl -D '$dir' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$dir" "$dir.initdb.log"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
