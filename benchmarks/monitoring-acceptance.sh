#!/usr/bin/env bash
# Monitoring acceptance on generated records (the implementation end to end: generator → audit →
# alerts), against the truth the generator writes apart from the records.
# Usage: benchmarks/monitoring-acceptance.sh [seeds] [first-seed] [records] [--workers n] [--out file]
# Defaults: 200 seeds from 20001 (the pre-study uses 10001–10200 and the tests 1–20), 6000 records
# over 2008–2009, practice from 2009-01-01 at 15 rape reports a month, two worker processes.
# Each worker generates and audits its seeds one after another in one process (the audit through
# the CLI's entry point), so 800 force audits cost no process start-ups; outcomes are appended one
# line per seed, and `--summarise <file>` prints the figures of a partial run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/benchmarks/Compliance.Monitoring.Acceptance" -c Release --nologo -v q >/dev/null
exec dotnet "$root/benchmarks/Compliance.Monitoring.Acceptance/bin/Release/net10.0/Compliance.Monitoring.Acceptance.dll" "$@"
