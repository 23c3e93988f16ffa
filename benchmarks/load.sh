#!/usr/bin/env bash
# Load benchmark of compliance-server: starts the server on loopback (rate limit off), drives
# POST /v1/evaluate with the bundled sample's records at a constant arrival rate with the open-model
# driver (benchmarks/Compliance.LoadDriver), then raises the rate to find the highest sustainable one
# (0 errors, p99 <= 10 ms). Server and driver are pinned to one core each when taskset exists; the
# driver keeps a pool of 64 connections, opened before the warm-up.
#   benchmarks/load.sh [rate=1000] [seconds=60] [sweep rates...]
set -euo pipefail

# With sched_autogroup on (the default of most distributions, and of this project's machines) the
# kernel first shares the CPU equally between sessions and only then by nice inside a session: other
# jobs running under `nice` do not give this run the CPU. So the run takes a session of its own and,
# where allowed (root), raises that session's share once the builds are done; it ends with the run.
# Without it, on a machine busy with other sessions, the figures measure the machine, not the service
# (docs/benchmarks.md).
if [[ -z "${LOAD_SESSION:-}" && "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo 0)" == 1 ]] && command -v setsid > /dev/null; then
  LOAD_SESSION=1 exec setsid -w bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
rate=${1:-1000}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# )) || true
sweep=("$@")
port=${PORT:-5180}
pin_server=(); pin_driver=()
if command -v taskset > /dev/null; then pin_server=(taskset -c 0); pin_driver=(taskset -c 1); fi

dotnet build src/Compliance.Server -c Release -nologo -v:q > /dev/null
dotnet build benchmarks/Compliance.LoadDriver -c Release -nologo -v:q > /dev/null

# The builds above ran at the session's default share; the measurement runs with the raised one.
priority="session default"
if [[ -n "${LOAD_SESSION:-}" ]] && { echo -10 > /proc/self/autogroup; } 2> /dev/null; then priority="own session, autogroup nice -10"; fi

log=$(mktemp)
"${pin_server[@]}" dotnet src/Compliance.Server/bin/Release/net10.0/compliance-server.dll \
  --urls "http://127.0.0.1:$port" --rate-limit 0 --max-concurrency 64 > "$log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break
  sleep 0.2
done

drive() {
  "${pin_driver[@]}" dotnet benchmarks/Compliance.LoadDriver/bin/Release/net10.0/Compliance.LoadDriver.dll \
    --url "http://127.0.0.1:$port" --records samples/sapphire-2009.jsonl --rate "$1" --duration "$2" --warmup 5
}

echo "machine: $(nproc) cores, $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg); scheduling: $priority"
drive "$rate" "$seconds"
for r in "${sweep[@]}"; do
  drive "$r" 20
done
