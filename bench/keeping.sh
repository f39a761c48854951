#!/usr/bin/env bash
# Times keeping and moving the data on a generated company: `epic db backup`
# against `sqlite3 .backup` of the same file in the same run, and `epic db
# copy` from SQLite into an empty PostgreSQL database and back, with peak
# memory. Prints a Markdown table of medians.
#
#   bench/keeping.sh                     # the 1M-event company, 3 runs
#   bench/keeping.sh --size 100000 --runs 5
#
# A benchmark, not a test. The company is generated once into
# $EPIC_BENCH_DIR as for bench/run.sh; copies go to a database named
# epic_bench_copy, dropped and created before each run.
set -euo pipefail

size=1000000
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: bench/keeping.sh [--size N] [--runs N]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/common.sh
. "$root/bench/common.sh"

prepare sqlite "$size"
source_url=$url
file=$dir/sqlite-$size.db
copy_db=epic_bench_copy
copy_url="$server/$copy_db?sslmode=disable"
back=$dir/copy-back.db
out=$dir/keeping.out
export HOME=$dir

fresh_target() {
  rm -f "$dir/backup.db" "$dir/native-backup.db" "$back"*
  psql -X -q -v ON_ERROR_STOP=1 -d "$server/postgres" -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $copy_db WITH (FORCE)" -c "CREATE DATABASE $copy_db"
}

# The median of $runs runs of one command, each on a fresh target.
timed() { # LABEL CMD…
  local label=$1; shift
  local ms kb
  read -r ms kb < <(before_each=fresh_target measure "$out" "$@")
  printf '| %s | %s | %s | %s |\n' "$label" "$size" "$ms" "$(( kb / 1024 ))"
}

echo
echo "SQLite file: $(du -h "$file" | cut -f1)"
echo
echo "| what | events | ms | MB |"
echo "|---|---|---|---|"
timed "epic db backup" "$epic" --database-url "$source_url" -q db backup "$dir/backup.db"
timed "sqlite3 .backup" sqlite3 "$file" ".backup $dir/native-backup.db"
timed "sqlite3 VACUUM INTO" sqlite3 "$file" "VACUUM INTO '$dir/native-backup.db'"
timed "epic db check (SQLite)" "$epic" --database-url "$source_url" -q db check
timed "epic db copy SQLite → PostgreSQL" "$epic" --database-url "$source_url" -q db copy --to "$copy_url"
# The way back and the PostgreSQL check need a filled copy: made once,
# outside the timing.
fresh_target
"$epic" --database-url "$source_url" -q db copy --to "$copy_url" >/dev/null
read -r ms kb < <(measure "$out" sh -c "rm -f '$back'* && exec '$epic' --database-url '$copy_url' -q db copy --to 'sqlite://$back'")
printf '| %s | %s | %s | %s |\n' "epic db copy PostgreSQL → SQLite" "$size" "$ms" "$(( kb / 1024 ))"
read -r ms kb < <(measure "$out" "$epic" --database-url "$copy_url" -q db check)
printf '| %s | %s | %s | %s |\n' "epic db check (PostgreSQL)" "$size" "$ms" "$(( kb / 1024 ))"
