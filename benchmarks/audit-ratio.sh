#!/usr/bin/env bash
# The audit against the strict read, side by side (benchmarks/paired.sh): a generic JsonDocument parse,
# the strict read (benchmarks/Compliance.ReadCost) and `compliance audit --format json`, each as built
# (`dotnet build`, jitted at run time) and as the tool's package for this platform is made (see
# src/Compliance.Cli): self-contained, compiled ahead of time as one ReadyToRun composite image with
# the .NET libraries — the "r2r" rows — on one file of generated records.
#
#   benchmarks/audit-ratio.sh [rounds] [records]        (defaults: 5 rounds, 200 000 records)
#
# Builds into a temporary folder, generates the records there (`compliance generate --seed 1
# --scenario sapphire`, about 1.85 KB a record), prints the paired table and the audit's throughput
# as a share of the strict read's: over whole runs, and per record — each command also runs on the
# first 100 records, and what a run takes beyond that start-up, divided by the further records, is
# its cost a record. Needs only the .NET SDK; the ReadyToRun compiler and the runtime packs are
# restored from the package feed on first use (the two composite publishes take a few minutes).
set -euo pipefail
rounds=${1:-5}
records=${2:-200000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

dotnet build "$root/src/Compliance.Cli/Compliance.Cli.csproj" -c Release -o "$work/cli" > "$work/build.log"
dotnet build "$root/benchmarks/Compliance.ReadCost/Compliance.ReadCost.csproj" -c Release -o "$work/readcost" >> "$work/build.log"
# A publish of another kind for this platform (not composite, not self-contained) leaves intermediate
# files the composite publish trips over: start those two from clean.
rm -rf "$root/src/Compliance.Cli/obj/Release/net10.0/$rid" "$root/benchmarks/Compliance.ReadCost/obj/Release/net10.0/$rid"
packed="-c Release -r $rid --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true"
case "$rid" in *-x64) packed="$packed -p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3" ;; esac
dotnet publish "$root/src/Compliance.Cli/Compliance.Cli.csproj" $packed -o "$work/cli-r2r" >> "$work/build.log"
dotnet publish "$root/benchmarks/Compliance.ReadCost/Compliance.ReadCost.csproj" $packed -o "$work/readcost-r2r" >> "$work/build.log"
dotnet "$work/cli/compliance.dll" generate --records "$records" --seed 1 --scenario sapphire --output "$work/records.jsonl" > /dev/null

head -n 100 "$work/records.jsonl" > "$work/first100.jsonl"

audit="audit $work/records.jsonl --as-of 2010-01-01T00:00:00Z --format json"
audit100="audit $work/first100.jsonl --as-of 2010-01-01T00:00:00Z --format json"
"$root/benchmarks/paired.sh" "$rounds" \
  "document=dotnet $work/readcost/Compliance.ReadCost.dll document $work/records.jsonl" \
  "strict=dotnet $work/readcost/Compliance.ReadCost.dll strict $work/records.jsonl" \
  "audit=dotnet $work/cli/compliance.dll $audit --output $work/a.json 2>/dev/null" \
  "strict-r2r=$work/readcost-r2r/Compliance.ReadCost strict $work/records.jsonl" \
  "audit-r2r=$work/cli-r2r/compliance $audit --output $work/b.json 2>/dev/null" \
  "strict-100=dotnet $work/readcost/Compliance.ReadCost.dll strict $work/first100.jsonl" \
  "audit-100=dotnet $work/cli/compliance.dll $audit100 --output $work/c.json 2>/dev/null" \
  "strict-r2r-100=$work/readcost-r2r/Compliance.ReadCost strict $work/first100.jsonl" \
  "audit-r2r-100=$work/cli-r2r/compliance $audit100 --output $work/d.json 2>/dev/null" | tee "$work/table.txt"
cmp "$work/a.json" "$work/b.json" > /dev/null && echo "the two builds' reports are the same"
python3 - "$work/table.txt" "$records" <<'PY'
import sys
names = ("strict", "audit", "strict-r2r", "audit-r2r", "strict-100", "audit-100", "strict-r2r-100", "audit-r2r-100")
lines = open(sys.argv[1]).read().splitlines()
# paired.sh prints a second table over the rounds whose cores were even when some were not: that one counts.
even = "rounds with even cores:" in lines
rows = {l.split()[0]: l.split() for l in lines if l.split() and l.split()[0] in names}
if even:
    print("from the rounds with even cores:")
wall = lambda k: float(rows[k][2])
further = int(sys.argv[2]) - 100
per = lambda k: (wall(k) - wall(k + "-100")) / further * 1e6
print(f"audit throughput as a share of the strict read's (wall): built {wall('strict') / wall('audit'):.0%}, ReadyToRun {wall('strict-r2r') / wall('audit-r2r'):.0%}")
print(f"start-up (100 records): strict {wall('strict-100'):.2f} s, audit {wall('audit-100'):.2f} s; ReadyToRun {wall('strict-r2r-100'):.2f} s, {wall('audit-r2r-100'):.2f} s")
print(f"per record beyond it: strict {per('strict'):.1f} us, audit {per('audit'):.1f} us ({per('strict') / per('audit'):.0%}); "
      f"ReadyToRun {per('strict-r2r'):.1f} us, {per('audit-r2r'):.1f} us ({per('strict-r2r') / per('audit-r2r'):.0%})")
PY
