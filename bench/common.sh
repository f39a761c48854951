# Shared by the benchmark scripts: where data lives, the release build,
# the generated company (made once per size and backend), timing.
# Sourced with $root set to the repository.

dir=${EPIC_BENCH_DIR:-$root/target/bench}
server=${EPIC_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}
mkdir -p "$dir"
chmod 700 "$dir"
for tool in sqlite3 psql /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "the benchmarks need $tool" >&2; exit 1; }
done

echo "== building (release)" >&2
cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p epic-cli -p epic-bench
epic=$root/target/release/epic
seed=$root/target/release/epic-bench

# One random password for the generated company, never an argument.
if [ ! -s "$dir/password" ]; then
  (umask 077; head -c 18 /dev/urandom | base64 > "$dir/password")
fi

# run_timed OUT CMD…: runs CMD with stdout to OUT; prints "ms peak_kb".
run_timed() {
  local out=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$dir/mem" "$@" > "$out" 2>"$dir/stderr" || {
    echo "failed: $*" >&2; cat "$dir/stderr" >&2; exit 1
  }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$dir/mem")"
}

# measure OUT CMD…: median wall time (ms) and peak memory (KB) over $runs.
# `before_each`, when set, names a command run before each run, untimed.
measure() {
  local out=$1; shift
  local times=() peak=0 ms kb
  for _ in $(seq "$runs"); do
    "${before_each:-true}" >/dev/null
    read -r ms kb < <(run_timed "$out" "$@")
    times+=("$ms")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$median $peak"
}

prepare() { # BACKEND SIZE → sets url
  local backend=$1 size=$2
  case "$backend" in
    sqlite) url="sqlite://$dir/sqlite-$size.db" ;;
    postgres) url="$server/epic_bench_$size?sslmode=disable" ;;
  esac
  if [ -e "$dir/ready-$backend-$size" ]; then return; fi
  echo "== generating $size events on $backend" >&2
  if [ "$backend" = sqlite ]; then
    rm -f "$dir/sqlite-$size.db"*
  else
    psql -X -q -v ON_ERROR_STOP=1 -d "$server/postgres" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS epic_bench_$size WITH (FORCE)" \
      -c "CREATE DATABASE epic_bench_$size"
  fi
  EPIC_DATABASE_URL=$url "$epic" -q init --name "Ada Bench" --email ada@bench.test \
    --password-stdin < "$dir/password" >/dev/null
  EPIC_DATABASE_URL=$url "$seed" seed --events "$size"
  touch "$dir/ready-$backend-$size"
}

token() { # URL EMAIL
  EPIC_DATABASE_URL=$1 HOME=$dir "$epic" login --email "$2" --password-stdin \
    --print-token < "$dir/password" 2>"$dir/login.err" || { cat "$dir/login.err" >&2; exit 1; }
}
