#!/usr/bin/env bash
# Side-by-side timing of whole processes on a shared machine: runs each labelled command once per
# round, interleaved (A B C, A B C, …), and prints per label the median wall time and the median CPU
# time (user + system) over the rounds, with the load average before and after. Ratios of medians
# taken in one run are what docs/benchmarks.md reports; absolute times move with the machine's load.
#
#   benchmarks/paired.sh ROUNDS 'label=command' 'label=command' …
#   benchmarks/paired.sh 3 "document=dotnet ReadCost.dll document big.jsonl" "strict=dotnet ReadCost.dll strict big.jsonl"
set -euo pipefail
rounds=$1
shift
declare -a labels commands
for spec in "$@"; do
  labels+=("${spec%%=*}")
  commands+=("${spec#*=}")
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  for i in "${!labels[@]}"; do
    /usr/bin/time -f "${labels[$i]} %e %U %S %M" -a -o "$log" bash -c "${commands[$i]}" > /dev/null
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$log" "${labels[@]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip() and not line.startswith("Command")]
first = None
print(f"{'label':<14}{'runs':>5}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'wall ×':>8}{'cpu ×':>7}")
for label in sys.argv[2:]:
    mine = [r for r in rows if r[0] == label]
    wall = statistics.median(float(r[1]) for r in mine)
    cpu = statistics.median(float(r[2]) + float(r[3]) for r in mine)
    peak = max(int(r[4]) for r in mine) / 1024
    first = first or (wall, cpu)
    print(f"{label:<14}{len(mine):>5}{wall:>9.2f}{cpu:>9.2f}{peak:>9.0f}{wall / first[0]:>8.2f}{cpu / first[1]:>7.2f}")
PY
