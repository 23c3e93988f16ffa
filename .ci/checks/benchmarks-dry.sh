#!/usr/bin/env bash
# Runs every benchmark suite once, in BenchmarkDotNet's dry mode, in process, with smoke-sized inputs
# (COMPLIANCE_BENCH_SMOKE=1): keeps the suites compiling and working. The figures mean nothing.
# Fails when any listed benchmark produced no result. Expects the Release build of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."

bench=benchmarks/Compliance.Benchmarks/bin/Release/net10.0/Compliance.Benchmarks.dll
[ -f "$bench" ] || dotnet build benchmarks/Compliance.Benchmarks -c Release --nologo -v quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet "$bench" --list flat | grep '^Compliance\.' > "$out/expected.txt"
export COMPLIANCE_BENCH_SMOKE=1
dotnet "$bench" --filter '*' --job dry --inProcess --artifacts "$out" --exporters CSV > "$out/run.log" 2>&1 || {
  tail -n 40 "$out/run.log"
  echo "benchmarks-dry: the benchmark run failed"
  exit 1
}

# One CSV per suite, one row per case (parameters expand a benchmark into several): every listed
# benchmark needs at least one row, and no row may lack a Mean (the case threw).
python3 - "$out/expected.txt" "$out"/results/*-report.csv <<'PY' || { grep -E -A3 'Exception' "$out/run.log" | head -n 24; exit 1; }
import csv, os, sys
expected = [line.strip() for line in open(sys.argv[1]) if line.strip()]
ran, failed = set(), []
for path in sys.argv[2:]:
    suite = os.path.basename(path).removesuffix("-report.csv")
    for row in csv.DictReader(open(path, newline="")):
        name = f"{suite}.{row['Method']}"
        (ran.add(name) if row.get("Mean") not in (None, "", "NA") else failed.append(name))
missing = [name for name in expected if name not in ran]
print(f"benchmarks-dry: {len(expected) - len(missing)} of {len(expected)} benchmarks ran")
for name in sorted(set(missing) | set(failed)):
    print(f"  failed: {name}")
sys.exit(1 if missing or failed else 0)
PY
