#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests labelled `postgres`.
#
#   postgres.sh run COMMAND...   start a server, run COMMAND with
#                                COACH_TEST_POSTGRES_URL set, stop the server
#                                (also when COMMAND fails or is interrupted);
#                                exits with COMMAND's status
#   postgres.sh start DIR        start a server whose data lives in DIR (new,
#                                empty or absent); prints the URL
#   postgres.sh stop DIR         stop it and delete DIR
#
# The server is Debian's PostgreSQL (15), listens on a free 127.0.0.1 port
# only (no Unix socket outside DIR), and runs as the `postgres` user when the
# caller is root (PostgreSQL refuses to run as root). The superuser
# `postgres` logs in without a password over TCP from 127.0.0.1; every other
# role needs its password (scram-sha-256), so tests can check password flows.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -x $dir/initdb ]] || die "PostgreSQL is not installed (apt-get install postgresql; scripts/deps.sh does it)"
    echo "$dir"
}

# Runs a command as the user that owns the cluster.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_server() {
    local dir=$1 bin port tries
    bin=$(pg_bin)
    mkdir -p "$dir"
    [[ -z $(ls -A "$dir") ]] || die "$dir is not empty"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
        runuser -u postgres -- test -w "$dir" ||
            die "the postgres user cannot reach $dir (a parent folder is private); use another folder"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # The superuser needs no password from loopback; other roles do.
    as_owner sh -c "printf 'host all postgres 127.0.0.1/32 trust\n%s\n' \"\$(cat '$dir/data/pg_hba.conf')\" >'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    # A port can be taken between choosing and binding it: try a few.
    for tries in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
            >/dev/null 2>&1; then
            echo "$port" >"$dir/port"
            echo "postgresql://postgres@127.0.0.1:$port/postgres"
            return 0
        fi
        grep -q 'could not bind\|already in use' "$dir/server.log" 2>/dev/null || break
    done
    tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
    die "the server did not start (log above)"
}

stop_server() {
    local dir=$1
    [[ -d $dir ]] || return 0
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

run_dir=
run_with_server() {
    local url rc=0
    run_dir=$(mktemp -d "${TMPDIR:-/tmp}/coach-postgres.XXXXXX")
    chmod 755 "$run_dir"
    trap 'stop_server "$run_dir"' EXIT
    trap 'exit 130' INT TERM
    url=$(start_server "$run_dir")
    echo "postgres.sh: PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on ${url#*@}"
    COACH_TEST_POSTGRES_URL=$url "$@" || rc=$?
    return $rc
}

case ${1:-} in
    run) shift; [[ $# -gt 0 ]] || die "usage: postgres.sh run COMMAND..."; run_with_server "$@" ;;
    start) [[ $# -eq 2 ]] || die "usage: postgres.sh start DIR"; start_server "$2" ;;
    stop) [[ $# -eq 2 ]] || die "usage: postgres.sh stop DIR"; stop_server "$2" ;;
    *) die "usage: postgres.sh run COMMAND... | start DIR | stop DIR" ;;
esac
