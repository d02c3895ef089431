#!/usr/bin/env bash
# Benchmarks the JSON reader and `forebyg render` side by side in one run, in release mode,
# with every output on tmpfs (/dev/shm). See Benchmarks/JSON/README.md.
#   Benchmarks/JSON/run.sh [PLANS] [INCIDENTS]     (defaults: 10000 plans, 1000000 incidents)
# BENCH_PEERS names the folder of gen.py, jinja_render.py and write-floor.c
# (default: /work/shared/bench-peers).
# ROUNDS (default 3) is how many times the render jobs run in turn.
set -euo pipefail
cd "$(dirname "$0")/../.."
plans=${1:-10000}
incidents=${2:-1000000}
peers=${BENCH_PEERS:-/work/shared/bench-peers}
swift build -c release --product forebyg
bin=.build/release
work=$(mktemp -d /dev/shm/forebyg-json-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
swiftc -O -module-name JSONBenchmark -I "$bin/Modules" Benchmarks/JSON/main.swift \
  "$bin"/DocumentTree.build/*.o "$bin"/ForebygCore.build/*.o "$bin"/ActionPlans.build/*.o "$bin"/IncidentAnalysis.build/*.o \
  -o "$work/json-benchmark"
cc -O2 -o "$work/write-floor" "$peers/write-floor.c"

echo "machine: $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
python3 "$peers/gen.py" "$plans" "$work/plans.json" --seed 1 > /dev/null
python3 Benchmarks/convert-peer-plans.py "$work/plans.json" "$work/plans"
"$work/json-benchmark" generate-incidents "$incidents" "$work/incidents.json"

# measure LABEL COMMAND...: runs the command under /usr/bin/time and prints wall time, CPU time
# (user + system) and peak resident memory; leaves "wall cpu" in $work/last.
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || {
    echo "$label failed:"
    tail -5 "$work/stderr"
    return 1
  }
  read -r wall user sys rss < "$work/time"
  cpu=$(awk "BEGIN { printf \"%.2f\", $user + $sys }")
  echo "$wall $cpu" > "$work/last"
  printf '  %-44s wall %6.2f s, CPU %6.2f s, peak RSS %5d MB\n' "$label" "$wall" "$cpu" "$((rss / 1024))"
}

# ratio A B: A / B with two decimals.
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

echo "== decoding (files in memory, fastest of 3 runs)"
"$work/json-benchmark" decode "$work/plans" "$work/incidents.json"

# keep KEY: folds the last measurement into the fastest wall time and the least CPU time seen
# for KEY, in $work/best-KEY ("wall cpu").
keep() {
  read -r wall cpu < "$work/last"
  if [ -f "$work/best-$1" ]; then
    read -r best_wall best_cpu < "$work/best-$1"
    wall=$(awk "BEGIN { print ($wall < $best_wall) ? $wall : $best_wall }")
    cpu=$(awk "BEGIN { print ($cpu < $best_cpu) ? $cpu : $best_cpu }")
  fi
  echo "$wall $cpu" > "$work/best-$1"
}

# The machine's speed drifts from minute to minute (one run of the floor can take twice
# another), so the four jobs run in turn, round after round, each into a fresh folder, and the
# ratios compare each job's fastest round.
rounds=${ROUNDS:-3}
echo "== render of $plans peer plans to md, html and Danish-Excel CSV, output on tmpfs ($rounds rounds, the jobs in turn)"
for round in $(seq "$rounds"); do
  echo " round $round"
  rm -rf "$work"/out-*
  measure "forebyg render (2 jobs)" "$bin/forebyg" render "$work/plans" --format md,html,csv --csv-dialect excel-da --out "$work/out-forebyg"
  keep forebyg
  measure "forebyg render --jobs 1" "$bin/forebyg" render "$work/plans" --format md,html,csv --csv-dialect excel-da --out "$work/out-forebyg-1" --jobs 1
  keep single
  measure "Jinja2 (jinja_render.py --safe-csv)" python3 "$peers/jinja_render.py" "$work/plans.json" "$work/out-jinja" --formats html,md,csv --safe-csv
  keep jinja
  "$work/write-floor" "$work/out-forebyg" "$work/out-floor" atomic > "$work/floor"
  floor_run=$(grep -o '[0-9.]* s$' "$work/floor" | cut -d' ' -f1)
  echo "$floor_run $floor_run" > "$work/last"
  keep floor
  printf '  %-44s %6.2f s on one core\n' "write floor (write-floor.c, temp + rename)" "$floor_run"
done
files=$(find "$work/out-forebyg" -type f | wc -l)
read -r forebyg_wall forebyg_cpu < "$work/best-forebyg"
read -r single_wall single_cpu < "$work/best-single"
read -r jinja_wall jinja_cpu < "$work/best-jinja"
read -r floor _ < "$work/best-floor"
echo " fastest of $rounds rounds: forebyg 2 jobs wall $forebyg_wall s, CPU $forebyg_cpu s; 1 job CPU $single_cpu s;" \
  "Jinja2 wall $jinja_wall s, CPU $jinja_cpu s; write floor $floor s for $files files"
echo "  ratios: Jinja2 wall / forebyg wall = $(ratio "$jinja_wall" "$forebyg_wall")×;" \
  "Jinja2 CPU / forebyg CPU = $(ratio "$jinja_cpu" "$forebyg_cpu")×;" \
  "forebyg CPU / write floor = $(ratio "$forebyg_cpu" "$floor")× (1 job: $(ratio "$single_cpu" "$floor")×)"

echo "== $incidents-incident log, JSON to report (md, html, csv)"
measure "forebyg render incidents.json" "$bin/forebyg" render "$work/incidents.json" --format md,html,csv --out "$work/out-incidents"
