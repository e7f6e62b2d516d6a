#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `cluster.sh start DIR PORT` makes one in DIR (initdb, trust
# authentication, a Unix socket in DIR only, fsync off) and starts it; `cluster.sh stop DIR` stops it and removes DIR.
# As root (CI), the cluster runs as the unprivileged user postgres (initdb refuses root). Start fails, saying why,
# when the server cannot be made: the PostgreSQL tests then fail rather than skip.
set -euo pipefail
action="${1:?usage: cluster.sh start DIR PORT | stop DIR}"
dir="${2:?usage: cluster.sh start DIR PORT | stop DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] && [ -x "$bin/initdb" ] || {
  echo "cluster.sh: no PostgreSQL server installed (Debian: postgresql; scripts/setup installs it)" >&2; exit 1; }
as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "cluster.sh: running as root and there is no user 'postgres' to run the server as" >&2; exit 1; }
  as=(runuser -u postgres --)
fi
case "$action" in
  start)
    port="${3:?usage: cluster.sh start DIR PORT}"
    if [ -f "$dir/data/postmaster.pid" ]; then "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ ${#as[@]} -eq 0 ] || chown postgres "$dir"
    "${as[@]}" "$bin/initdb" -N -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$dir/data" >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    "${as[@]}" "$bin/pg_ctl" -w -t 60 -D "$dir/data" -l "$dir/server.log" \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on socket $dir, port $port"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) echo "cluster.sh: unknown action '$action'" >&2; exit 2 ;;
esac
