#!/usr/bin/env bash
# Side-by-side timing of whole processes on a shared machine: runs each labelled command once per
# round, interleaved (A B C, A B C, …), and prints per label the median wall time and the median CPU
# time (user + system) over the rounds, with the load average before and after. Ratios of medians
# taken in one run are what docs/benchmarks.md reports; absolute times move with the machine's load.
#
# On a virtual machine one core can be slower than the other for minutes (the host runs something
# beside it: here a one-thread read pinned to one core once took 2.51 s against 1.56 s on the
# other). A one-thread command may run on the fast core while a two-thread one always meets the slow
# one, so their ratio moves with the host, not the code. Each round therefore times the same fixed
# loop pinned to each core before it runs (when `taskset` is there), prints the rounds whose cores
# differed by more than 10%, and gives the medians over the other rounds as well.
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

# Milliseconds of a fixed loop pinned to each core, as "round ms ms …" (nothing without taskset).
probe() {
  command -v taskset > /dev/null || return 0
  local cpu start times=""
  for cpu in $(seq 0 $(($(nproc) - 1))); do
    start=$(date +%s%N)
    taskset -c "$cpu" bash -c 'for ((i = 0; i < 150000; i++)); do :; done'
    times="$times $((($(date +%s%N) - start) / 1000000))"
  done
  echo "probe $1$times" >> "$log"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  probe "$round"
  for i in "${!labels[@]}"; do
    /usr/bin/time -f "${labels[$i]} %e %U %S %M $round" -a -o "$log" bash -c "${commands[$i]}" > /dev/null
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$log" "${labels[@]}" <<'PY'
import statistics, sys
lines = [line.split() for line in open(sys.argv[1]) if line.strip() and not line.startswith("Command")]
probes = {int(r[1]): [int(v) for v in r[2:]] for r in lines if r[0] == "probe" and len(r) > 2}
rows = [r for r in lines if r[0] != "probe"]
uneven = sorted(n for n, times in probes.items() if max(times) > 1.1 * min(times))
for n in uneven:
    print(f"round {n}: cores uneven ({' / '.join(map(str, probes[n]))} ms for the same loop)")

def ratio(a, b):
    return a / b if b else float("nan")

def table(title, keep):
    print(title)
    print(f"{'label':<14}{'runs':>5}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'wall ×':>8}{'cpu ×':>7}")
    first = None
    for label in sys.argv[2:]:
        mine = [r for r in rows if r[0] == label and keep(int(r[5]))]
        if not mine:
            continue
        wall = statistics.median(float(r[1]) for r in mine)
        cpu = statistics.median(float(r[2]) + float(r[3]) for r in mine)
        peak = max(int(r[4]) for r in mine) / 1024
        first = first or (wall, cpu)
        print(f"{label:<14}{len(mine):>5}{wall:>9.2f}{cpu:>9.2f}{peak:>9.0f}{ratio(wall, first[0]):>8.2f}{ratio(cpu, first[1]):>7.2f}")

table("all rounds:", lambda n: True)
if probes and uneven and len(uneven) < len(probes):
    table("rounds with even cores:", lambda n: n not in uneven)
PY
