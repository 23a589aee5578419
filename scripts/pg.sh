#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks (nothing of it outlives `stop`).
#   scripts/pg.sh start DIR   → starts a cluster in DIR on a free loopback port, prints its connection string
#   scripts/pg.sh stop DIR    → stops it and deletes DIR
set -euo pipefail
cmd="${1:?usage: pg.sh start|stop DIR}"; D="${2:?usage: pg.sh start|stop DIR}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$PGBIN" ] || { echo "pg.sh: PostgreSQL is not installed (run scripts/setup.sh)" >&2; exit 1; }
# initdb refuses to run as root.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    port=""
    for p in $(seq 55432 55632); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port="$p"; break; fi
    done
    [ -n "$port" ] || { echo "pg.sh: no free port in 55432-55632" >&2; exit 1; }
    mkdir -p "$D"; [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$D"; chmod 700 "$D"
    as_pg "$PGBIN/initdb" -D "$D" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$D" -l "$D/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $D -c fsync=off -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    [ -d "$D" ] && as_pg "$PGBIN/pg_ctl" -D "$D" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$D"
    ;;
  *) echo "usage: pg.sh start|stop DIR" >&2; exit 2 ;;
esac
