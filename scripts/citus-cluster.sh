#!/usr/bin/env bash
# A throwaway Citus cluster on 127.0.0.1 for tests and benchmarks: a coordinator and two workers, each its own
# PostgreSQL server with the Citus extension loaded (Debian's `postgresql` package plus an installed Citus).
#   scripts/citus-cluster.sh start   # prints the coordinator's DATABASE_URL
#   scripts/citus-cluster.sh stop
# BALAI_CITUS_PORT (default 54340) is the coordinator's port; the workers take the next two. Each node's data is
# under /tmp/balai-citus-$NODE_PORT. BALAI_PG_FAST=1 turns fsync off (tests only), as in scripts/pg-cluster.sh.
#
# What every node gets: shared_preload_libraries=citus, max_connections=200 (and as many prepared transactions:
# Citus commits multi-node writes in two phases), the cluster-level settings Balai's schema needs
# (citus.enable_local_reference_table_foreign_keys=off, citus.enable_unsafe_triggers=on), plain connections
# between nodes on loopback (citus.node_conninfo sslmode=disable; a real deployment keeps Citus's sslmode=require),
# and the extension in its `postgres` database. The workers are registered in the coordinator's `postgres`.
#
# Databases. Citus 13.0 does not propagate CREATE DATABASE to the workers (citus.enable_create_database_propagation
# arrived in 13.1, and even there accepts only TEMPLATE template1), and Citus's metadata (nodes, shards) lives in
# each database. A database with the extension also gets Citus's maintenance daemon, a background session that
# stays connected to it, and PostgreSQL copies no database that another session is connected to: CREATE DATABASE
# y TEMPLATE x waits 5 s and fails with 'source database "x" is being accessed by other users'. Hence template1 is
# left without the extension (with it, the test suite's per-file copies of its template fail that way). So:
# - CREATE DATABASE x on the coordinator alone (what the test suite does today) gives a database without Citus:
#   the schema stays local and the suite runs as on plain PostgreSQL.
# - A distributed database: CREATE DATABASE x on the coordinator AND on each worker; in x on each node CREATE
#   EXTENSION citus; in x on the coordinator citus_set_coordinator_host('127.0.0.1', PORT),
#   citus_add_node('127.0.0.1', PORT+1) and citus_add_node('127.0.0.1', PORT+2) (this copies the metadata to the
#   workers' x); then distribute. With the workers registered in x but x missing on a worker, Citus's first DDL
#   sent there (CREATE SCHEMA, TYPE, FUNCTION…) fails with 'database "x" does not exist'; with no node registered,
#   create_distributed_table puts every shard on the coordinator.
# - A copy of it (one per test file): on each node, end the daemon, SELECT pg_terminate_backend(pid) FROM
#   pg_stat_activity WHERE datname = 'x' AND application_name = 'Citus Maintenance Daemon', then CREATE DATABASE y
#   TEMPLATE x. The copies carry the shards and the metadata: nothing to register. The daemon comes back with the
#   next session in x. DROP DATABASE y likewise on every node (Citus ends y's daemon itself). With BALAI_PG_FAST=1,
#   CREATE DATABASE … STRATEGY file_copy took 0.2-0.3 s a node for a seeded template, the default wal_log 0.7-2 s.
set -euo pipefail
port=${BALAI_CITUS_PORT:-54340}
ports=("$port" $((port + 1)) $((port + 2)))

# The newest PostgreSQL that has Citus installed in it.
bin=
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  [ -f "$candidate/../lib/citus.so" ] && bin=$candidate
done
if [ -z "$bin" ]; then
  cat >&2 <<'EOF'
Citus is not installed (no citus.so under /usr/lib/postgresql/*/lib).
- A real deployment installs Citus's own packages for its PostgreSQL major version
  (Citus publishes postgresql-<major>-citus-13.x packages for Debian and Ubuntu).
- On a development machine whose package registries lack them: build Citus 13.0.5 from its public source,
  outside this repository, against that PostgreSQL, and install it there; the steps, in order and timed, are in
  /work/citus-build/BUILD.md on the machine that built it.
EOF
  exit 1
fi

as_owner() {
  # initdb refuses to run as root; Debian's package creates the postgres user for this.
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

sql() { # sql PORT DATABASE STATEMENT
  "$bin/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d "$2" -c "$3"
}

stop_all() {
  local mode=$1 p
  for p in "${ports[@]}"; do
    as_owner "$bin/pg_ctl -D '/tmp/balai-citus-$p' -m $mode stop" >/dev/null 2>&1 || true
    rm -rf "/tmp/balai-citus-$p" "/tmp/balai-citus-$p.initdb.log"
  done
}

case "${1:-}" in
  start)
    stop_all immediate
    for p in "${ports[@]}"; do
      dir=/tmp/balai-citus-$p
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_owner "$bin/initdb -D '$dir' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir.initdb.log" 2>&1
      {
        echo "# scripts/citus-cluster.sh"
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $p"
        echo "unix_socket_directories = '/tmp'"
        echo "max_connections = 200"
        echo "max_prepared_transactions = 200"
        echo "max_worker_processes = 32" # Citus runs a maintenance daemon for each database that uses it
        echo "shared_preload_libraries = 'citus'"
        echo "wal_level = logical" # lets citus_rebalance_start() move shards without blocking writes
        echo "citus.node_conninfo = 'sslmode=disable'"
        echo "citus.enable_statistics_collection = off"
        echo "citus.enable_local_reference_table_foreign_keys = off"
        echo "citus.enable_unsafe_triggers = on"
        if [ "${BALAI_PG_FAST:-0}" = 1 ]; then
          echo "fsync = off"
          echo "synchronous_commit = off"
          echo "full_page_writes = off"
        fi
      } >>"$dir/postgresql.conf"
      as_owner "$bin/pg_ctl -D '$dir' -l '$dir/server.log' -w start" >/dev/null
    done
    for p in "${ports[@]}"; do sql "$p" postgres "CREATE EXTENSION citus" >/dev/null; done
    # citus_add_node also copies the metadata to the worker's database of the same name.
    sql "$port" postgres "SELECT citus_set_coordinator_host('127.0.0.1', $port)" >/dev/null
    sql "$port" postgres "SELECT citus_add_node('127.0.0.1', ${ports[1]})" >/dev/null
    sql "$port" postgres "SELECT citus_add_node('127.0.0.1', ${ports[2]})" >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    stop_all fast
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
