#!/usr/bin/env bash
# Benchmarks IncidentAnalysis on a million synthetic incidents in release mode, building only
# the three modules it needs (not the whole package), then runs it under /usr/bin/time -v.
#   Benchmarks/IncidentAnalysis/run.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --target IncidentAnalysis
bin=.build/release
out=$(mktemp -d)
swiftc -O -module-name IncidentBenchmark -I "$bin/Modules" Benchmarks/IncidentAnalysis/main.swift \
  "$bin"/DocumentTree.build/*.o "$bin"/ForebygCore.build/*.o "$bin"/IncidentAnalysis.build/*.o \
  -o "$out/incident-benchmark"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "$out/incident-benchmark" "${1:-1000000}" 2>&1 | grep -E "^[a-z]|Maximum resident|Elapsed"
else
  "$out/incident-benchmark" "${1:-1000000}"
fi
rm -rf "$out"
