#!/usr/bin/env bash
# `epic serve` under a team's load (SPEC §14), on SQLite and PostgreSQL, with
# the server, the database and the load generator on this one machine:
#
#   1. 32 connections asking for a support employee's five events (wrk),
#      beside `pgbench -S -c 32` on the same PostgreSQL as the ceiling;
#   2. three clients reading the whole event list at 20 KB/s while another
#      employee makes 20 small requests, each timed;
#   3. the server's memory through all of it, and while 20 clients hold
#      unread lists.
#
#   bench/serve-load.sh                      # 50,000 events, 20 s, both backends
#   bench/serve-load.sh --events 50000 --duration 10 --backends sqlite
#
# A benchmark, not a test: it prints figures, it passes or fails nothing.
# Every loop is bounded in count and time; everything it starts is stopped
# when it ends. Needs wrk, curl, pgbench (Debian's postgresql package),
# python3, sqlite3, psql and GNU time.
set -euo pipefail

events=50000
duration=20
backends="sqlite postgres"
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --backends) backends=$2; shift 2 ;;
    *) echo "usage: bench/serve-load.sh [--events N] [--duration SECONDS] [--backends \"sqlite postgres\"]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/common.sh
. "$root/bench/common.sh"
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
for tool in wrk curl python3 "$pgbench"; do
  [ -n "$tool" ] && command -v "$tool" >/dev/null || { echo "serve-load needs $tool" >&2; exit 1; }
done

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }

# The ceiling: PostgreSQL's own read-only pgbench, 32 clients, same length.
pgbench_tps() {
  local db=$server/epic_bench_pgbench
  if [ ! -e "$dir/ready-pgbench" ]; then
    psql -X -q -d "$server/postgres" -c "DROP DATABASE IF EXISTS epic_bench_pgbench WITH (FORCE)" -c "CREATE DATABASE epic_bench_pgbench"
    "$pgbench" -q -i -s 10 "$db" >/dev/null 2>&1
    touch "$dir/ready-pgbench"
  fi
  "$pgbench" -S -c 32 -j 2 -T "$duration" "$db" 2>/dev/null | awk '/^tps/ { printf "%d", $3 }'
}

printf '\n| backend | events | req/s | p50 ms | p99 ms | pgbench -S tps | ratio | slow-reader run: max small request ms | server peak MB | RSS with 20 unread lists MB |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for backend in $backends; do
  prepare "$backend" "$events"
  port=$(free_port)
  base=http://127.0.0.1:$port
  EPIC_DATABASE_URL=$url HOME=$dir "$epic" serve --listen "127.0.0.1:$port" 2>"$dir/serve-$backend.log" &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done
  support=$(token "$url" bench.support.0@epicevents.test)
  ada=$(token "$url" ada@bench.test)

  # 1. Throughput and latency of a small read.
  wrk -t2 -c32 -d"${duration}s" --timeout 10s --latency \
    -H "authorization: Bearer $support" "$base/api/v1/events?mine=true" > "$dir/wrk-$backend.txt"
  rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' "$dir/wrk-$backend.txt")
  ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }' "$dir/wrk-$backend.txt"; }
  p50=$(ms 50%); p99=$(ms 99%)
  errors=$(awk '/Non-2xx|Socket errors/' "$dir/wrk-$backend.txt")
  [ -z "$errors" ] || echo "wrk ($backend): $errors" >&2
  tps=$(pgbench_tps)
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')

  # 2. Three slow readers of the whole list, and 20 small requests beside.
  slow=()
  for _ in 1 2 3; do
    curl -s --limit-rate 20k --max-time 120 -o /dev/null -H "authorization: Bearer $ada" "$base/api/v1/events" &
    slow+=($!)
  done
  pids+=("${slow[@]}")
  sleep 2
  worst=0
  for _ in $(seq 20); do
    t=$(curl -s -o /dev/null --max-time 10 -w '%{time_total}' -H "authorization: Bearer $support" "$base/api/v1/events?mine=true")
    t=$(awk -v t="$t" 'BEGIN { printf "%d", t * 1000 }')
    [ "$t" -gt "$worst" ] && worst=$t
  done
  kill "${slow[@]}" 2>/dev/null || true

  # 3. Twenty unread lists (four employees' worth of places and more),
  # held open for a few seconds; the resident size is read meanwhile.
  holders=()
  for k in $(seq 0 4); do
    who=$([ "$k" = 0 ] && echo ada@bench.test || echo "bench.sales.$((k - 1))@epicevents.test")
    t=$(token "$url" "$who")
    for _ in 1 2 3 4; do
      python3 - "$port" "$t" <<'PY' &
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
s.sendall(f"GET /api/v1/events HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {sys.argv[2]}\r\n\r\n".encode())
s.recv(1024)
time.sleep(8)
PY
      holders+=($!)
    done
  done
  pids+=("${holders[@]}")
  sleep 5
  held=$(( $(kib "$server_pid" VmRSS) / 1024 ))
  wait "${holders[@]}" 2>/dev/null || true
  peak=$(( $(kib "$server_pid" VmHWM) / 1024 ))
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true

  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$backend" "$events" "$rps" "$p50" "$p99" "$tps" "$ratio" "$worst" "$peak" "$held"
done
