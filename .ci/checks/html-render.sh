#!/usr/bin/env bash
# Renders the HTML audit report of the bundled sample in a real browser (headless Debian chromium)
# and fails when the report cannot be written, the browser fails, or the screenshot is missing or
# tiny (a blank page). HTML_RENDER_OUT=<dir> keeps the report and the PNG for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

profile=$(mktemp -d)
if [ -n "${HTML_RENDER_OUT:-}" ]; then
  out=$HTML_RENDER_OUT
  trap 'rm -rf "$profile"' EXIT
else
  out=$(mktemp -d)
  trap 'rm -rf "$profile" "$out"' EXIT
fi
mkdir -p "$out"
report="$out/sapphire-2009.html"
png="$out/sapphire-2009.png"
rm -f "$report" "$png"

cli=src/Compliance.Cli/bin/Release/net10.0/compliance.dll
[ -f "$cli" ] || dotnet build src/Compliance.Cli -c Release -v quiet -nologo >/dev/null
set +e
dotnet "$cli" audit samples/sapphire-2009.jsonl --as-of 2010-01-01T00:00:00Z --format html --output "$report"
rc=$?
set -e
# 0: no finding at or above --fail-on (none given); anything else means the audit itself failed.
if [ "$rc" -ne 0 ] || [ ! -s "$report" ]; then
  echo "html-render: the audit did not write the report (exit $rc)"
  exit 1
fi

timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --screenshot="$png" --window-size=1400,2000 \
  "file://$(realpath "$report")" 2>"$out/chromium.log" || {
  echo "html-render: chromium failed"; tail -20 "$out/chromium.log"; exit 1; }

size=$(stat -c %s "$png" 2>/dev/null || echo 0)
if [ "$size" -lt 30000 ]; then
  echo "html-render: screenshot missing or nearly blank ($size bytes)"
  exit 1
fi
echo "html-render: rendered $report to $png ($size bytes)"
