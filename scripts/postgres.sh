#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the OpenPrepaid tests.
#
#   eval "$(scripts/postgres.sh start)"   # prints export lines for OPENPREPAID_TEST_PG and OPENPREPAID_PG_DATA
#   scripts/postgres.sh stop [DATA_DIR]   # stops the server and deletes its data directory
#
# Run as root on Debian. `start` installs the `postgresql` package when no server binaries are found.
# It runs initdb as the postgres user, because initdb rejects root, in a new temporary data directory.
# The server listens on a free port of 127.0.0.1 only, with trust authentication and fsync off, because
# the data is disposable and only this machine can connect. Progress goes to stderr, so that stdout
# carries only the export lines.
set -euo pipefail

log() { printf '%s\n' "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

find_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && printf '%s\n' "$dir"
}

ensure_installed() {
  if find_bin_dir >/dev/null; then
    return
  fi
  [[ $(id -u) -eq 0 ]] || die "PostgreSQL is not installed and installing it needs root: run 'apt-get install postgresql' first."
  log "installing the postgresql package"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  find_bin_dir >/dev/null || die "the postgresql package installed no server binaries under /usr/lib/postgresql"
}

# True when nothing accepts connections on 127.0.0.1:$1.
port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  [[ $(id -u) -eq 0 ]] || die "run as root: the server runs as the postgres user through runuser."
  ensure_installed
  local bin data port attempt
  bin=$(find_bin_dir)
  id postgres >/dev/null 2>&1 || die "the postgres user is missing; reinstall the postgresql package."

  data=$(mktemp -d "${TMPDIR:-/tmp}/openprepaid-pg.XXXXXX")
  chown postgres: "$data"
  chmod 700 "$data"
  runuser -u postgres -- "$bin/initdb" -D "$data/cluster" -U postgres --auth=trust -E UTF8 --locale=C --no-sync >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; die "initdb failed; its output is above."; }

  # A port found free can be taken before the server binds it, so try a few.
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + RANDOM % 30000 ))
    port_is_free "$port" || continue
    if runuser -u postgres -- "$bin/pg_ctl" start -w -t 30 -D "$data/cluster" -l "$data/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$data/cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null 2>&1; then
      log "PostgreSQL from $bin listening on 127.0.0.1:$port, data in $data"
      printf "export OPENPREPAID_TEST_PG='Host=127.0.0.1;Port=%s;Username=postgres;Database=postgres'\n" "$port"
      printf "export OPENPREPAID_PG_DATA='%s'\n" "$data"
      return
    fi
    log "start on port $port failed (attempt $attempt); trying another port"
  done

  tail -n 20 "$data/server.log" >&2 || true
  rm -rf -- "$data"
  die "the server did not start; the end of its log is above."
}

stop() {
  local data=${1:-${OPENPREPAID_PG_DATA:-}}
  [[ -n "$data" ]] || die "no data directory: pass it, or set OPENPREPAID_PG_DATA as 'start' printed."
  [[ -f "$data/cluster/PG_VERSION" ]] || die "$data is not a data directory made by 'postgres.sh start'."
  local bin
  bin=$(find_bin_dir) || die "PostgreSQL binaries not found under /usr/lib/postgresql."
  if [[ -f "$data/cluster/postmaster.pid" ]]; then
    runuser -u postgres -- "$bin/pg_ctl" stop -w -t 30 -m fast -D "$data/cluster" >/dev/null 2>&1 \
      || log "pg_ctl stop failed; the server may have stopped already"
  fi
  rm -rf -- "$data"
  log "stopped and removed $data"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) die "usage: $0 start | stop [DATA_DIR]" ;;
esac
