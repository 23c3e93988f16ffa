#!/usr/bin/env bash
# Monitoring acceptance on generated records (the implementation end to end: generator → audit →
# alerts), against the truth file the generator writes beside the records.
# Usage: benchmarks/monitoring-acceptance.sh [seeds] [first-seed] [records]
# Defaults: 200 seeds from 20001 (the pre-study uses 10001–10200 and the tests 1–20), 6000 records
# over 2008–2009, practice from 2009-01-01 at 15 rape reports a month. Needs python3 for the figures.
set -euo pipefail
seeds=${1:-200}; first=${2:-20001}; records=${3:-6000}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/src/Compliance.Cli" -c Release --nologo -v q >/dev/null
cli="$root/src/Compliance.Cli/bin/Release/net10.0/compliance.dll"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for practice in sapphire displacement record-all none; do
  for ((seed = first; seed < first + seeds; seed++)); do
    args=(--records "$records" --seed "$seed" --from 2008-01-01 --to 2009-12-31 --output "$work/r.jsonl" --truth "$work/$practice-$seed.truth.json")
    if [[ $practice != none ]]; then args+=(--practice "$practice" --practice-from 2009-01-01 --rape-reports-per-month 15); fi
    dotnet "$cli" generate "${args[@]}"
    dotnet "$cli" audit "$work/r.jsonl" --as-of 2010-01-01T00:00:00Z --format json --output "$work/$practice-$seed.json" >/dev/null || [[ $? == 1 ]]
  done
done
python3 - "$work" "$seeds" "$first" <<'PY'
import json, sys, statistics
from datetime import datetime
work, seeds, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t = lambda s: datetime.fromisoformat(s.replace('Z', '+00:00'))
def q(xs, p):
    xs = sorted(float('inf') if x is None else x for x in xs)
    return xs[max(0, min(len(xs) - 1, -(-int(p * len(xs) * 1000) // 1000) - 1))] if xs else float('nan')
for practice in ['sapphire', 'displacement', 'record-all', 'none']:
    delays, onsets, att, false, unit_years, ra_attrition = [], [], [], 0, 0.0, 0
    for seed in range(first, first + seeds):
        report = json.load(open(f'{work}/{practice}-{seed}.json'))
        truth = json.load(open(f'{work}/{practice}-{seed}.truth.json'))
        alerts = report['alerts']
        units = {s['unitId'] for s in report['series']}
        unit_years += len(units) * 2
        rape = [t(r['eventAt']) for r in truth.get('practisingRecords', []) if r.get('rapeReport') and r.get('eventAt')]
        onset = min(rape) if rape and practice in ('sapphire', 'displacement') else None
        unit = truth.get('unitId')
        false += sum(1 for a in alerts if a['unitId'] != unit or onset is None or t(a['alarmAt']) < onset)
        if practice == 'record-all':
            ra_attrition += sum(1 for a in alerts if a['unitId'] == unit and a['metric'] == 'rape-attrition')
        if onset is None: continue
        after = [a for a in alerts if a['unitId'] == unit and t(a['alarmAt']) >= onset]
        first_alert = after[0] if after else None
        delays.append((t(first_alert['alarmAt']) - onset).total_seconds() / 604800 if first_alert else None)
        onsets.append(first_alert is not None and abs((t(first_alert['onsetEstimate']) - onset).total_seconds()) <= 45 * 86400)
        a2 = [a for a in after if a['metric'] == 'rape-attrition']
        att.append((t(a2[0]['alarmAt']) - onset).total_seconds() / 604800 if a2 else None)
    line = f'{practice}: {seeds} seeds; false alerts {false / unit_years * 5:.2f} per unit per 5 unit-years ({false} in {unit_years:.0f} unit-years)'
    if delays:
        line += f'; first alert median {q(delays, .5):.1f} w, p90 {q(delays, .9):.1f} w; onset within 45 d {sum(onsets) / len(onsets):.0%}; rape-attrition median {q(att, .5):.1f} w, p90 {q(att, .9):.1f} w'
    if practice == 'record-all':
        line += f'; rape-attrition alerts on SW-SAPPHIRE {ra_attrition}'
    print(line)
PY
