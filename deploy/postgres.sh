#!/usr/bin/env bash
# A private PostgreSQL server for development and CI, from the binaries installed on the machine.
#
#   deploy/postgres.sh start DIR PORT   initdb into DIR (first time), start on 127.0.0.1:PORT,
#                                       create role and database "orderactors"; prints the
#                                       connection string as the last line.
#   deploy/postgres.sh stop DIR         stop the server in DIR.
#
# PostgreSQL refuses to run as root; as root, the server runs as the "postgres" user.
set -euo pipefail

find_bin() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  local candidate
  candidate=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$candidate" ] || { echo "postgres.sh: $name not found; install the PostgreSQL server binaries" >&2; exit 1; }
  echo "$candidate"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
INITDB=$(find_bin initdb); PG_CTL=$(find_bin pg_ctl); PSQL=$(find_bin psql)

case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$INITDB" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$PG_CTL" -D "$dir/data" status >/dev/null 2>&1; then
      # fsync stays on: the durability contract is measured and tested against a real commit.
      as_owner "$PG_CTL" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" >/dev/null \
        || { tail -n 30 "$dir/server.log" >&2; exit 1; }
    fi
    "$PSQL" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA >/dev/null <<'SQL'
select 'create role orderactors login createdb' where not exists (select 1 from pg_roles where rolname = 'orderactors') \gexec
select 'create database orderactors owner orderactors' where not exists (select 1 from pg_database where datname = 'orderactors') \gexec
SQL
    echo "Host=127.0.0.1;Port=$port;Database=orderactors;Username=orderactors"
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      as_owner "$PG_CTL" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
