#!/usr/bin/env bash
# Times personal-data requests on a generated company, on SQLite and on
# PostgreSQL: `client export-data` and `client forget` of one client (with
# its contracts and events), and retention forgetting 1,000 prospects in
# one transaction. Prints a Markdown table of medians.
#
#   bench/privacy.sh                       # the 100k-event company, 3 runs
#   bench/privacy.sh --size 1000000 --runs 3
#
# A benchmark, not a test. Forgetting changes the company: each run
# forgets another client, and the prospects are added (untimed) before
# each retention run.
set -euo pipefail

size=100000
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: bench/privacy.sh [--size N] [--runs N]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/common.sh
. "$root/bench/common.sh"
export HOME=$dir
out=$dir/privacy.out

# 1,000 prospects last contacted in 2020, owned by the first sales employee.
PROSPECTS="
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO clients (full_name, email, phone, company_name, sales_contact_id,
                     created_at, updated_at, version, search_key)
SELECT 'Prospect ' || i, 'prospect' || i || '-' || RUN || '@example.com', NULL, NULL,
       (SELECT min(id) FROM employees WHERE department = 'sales'),
       TS, TS, 0,
       'prospect ' || i || ' prospect' || i || '-' || RUN || '@example.com'
FROM n"

# The instant as each backend stores it (SQLite: the text sqlx writes).
add_prospects() { # on $backend
  run_number=$(( ${run_number:-0} + 1 ))
  local sql=${PROSPECTS//RUN/$run_number}
  case "$backend" in
    sqlite) sqlite3 "$dir/sqlite-$size.db" "${sql//TS/\'2020-01-01 00:00:00+00:00\'}" ;;
    postgres) psql -X -q -v ON_ERROR_STOP=1 -d "$url" \
      -c "${sql//TS/TIMESTAMPTZ \'2020-01-01 00:00:00+00\'}" ;;
  esac
}

row() { # LABEL, with $backend, $ms and $kb
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$backend" "$size" "$ms" "$(( kb / 1024 ))"
}

echo
echo "| what | backend | events | ms | MB |"
echo "|---|---|---|---|---|"
for backend in sqlite postgres; do
  prepare "$backend" "$size"
  EPIC_TOKEN=$(token "$url" ada@bench.test)
  export EPIC_TOKEN
  export EPIC_DATABASE_URL=$url
  read -r ms kb < <(measure "$out" "$epic" client export-data 1)
  row "client export-data (one client)"
  # Each run forgets the next client, counted in a file that outlives the
  # runs (subshells) and the script (the company is kept).
  next=$dir/next-client-$backend-$size
  [ -s "$next" ] || echo 10 > "$next"
  read -r ms kb < <(measure "$out" sh -c \
    'n=$(( $(cat "$1") + 1 )); echo "$n" > "$1"; exec "$2" -q client forget "$n" --yes' \
    _ "$next" "$epic")
  row "client forget (one client, its events)"
  read -r ms kb < <(before_each=add_prospects measure "$out" "$epic" -q client forget --inactive-since 3y --yes)
  row "client forget --inactive-since (1,000 prospects)"
  "$epic" logout >/dev/null 2>&1 || true
  unset EPIC_TOKEN EPIC_DATABASE_URL
done
