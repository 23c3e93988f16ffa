#!/usr/bin/env bash
# The measurement run behind docs/benchmarks.md: a Release build, then every default suite with
# BenchmarkDotNet's default job (each benchmark class in its own process), tables in
# benchmarks/Compliance.Benchmarks/BenchmarkDotNet.Artifacts/results, and the machine's load
# average every 15 s beside them in loadavg.log (on a shared machine the load says how far to trust
# a figure). Extra arguments go to BenchmarkDotNet, e.g. --anyCategories Peers, or --anyCategories
# Large for the 100 000-record batch, which the default run leaves out.
set -euo pipefail
cd "$(dirname "$0")/Compliance.Benchmarks"

dotnet build -c Release --nologo -v quiet
mkdir -p BenchmarkDotNet.Artifacts
(while true; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 15; done) > BenchmarkDotNet.Artifacts/loadavg.log &
sampler=$!
trap 'kill "$sampler"' EXIT

filter=(--filter '*')
[ $# -gt 0 ] && filter=()
dotnet bin/Release/net10.0/Compliance.Benchmarks.dll "${filter[@]}" --artifacts BenchmarkDotNet.Artifacts "$@"
