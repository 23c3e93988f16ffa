#!/usr/bin/env bash
# Packs both tools, installs them as .NET tools into a temporary tool path (as a user would with
# `dotnet tool install`), and runs `compliance --version`, the README's main job with the installed
# `compliance`, and `compliance-server --help`. `compliance` is packed per platform (self-contained,
# compiled ahead of time) with a portable fallback: all must be there, and on linux-x64 the platform
# package is what installs.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. .ci/lib/version.sh

for project in src/Compliance.Cli src/Compliance.Server; do
  dotnet pack "$project" -c Release -o "$work/packages" -nologo -v:q > "$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; echo "tools: pack of $project failed"; exit 1; }
done

for package in Compliance.Cli Compliance.Server; do
  dotnet tool install "$package" --version "$version" --tool-path "$work/tools" --add-source "$work/packages" > "$work/install.log" 2>&1 \
    || { cat "$work/install.log"; echo "tools: install of $package failed"; exit 1; }
done

for rid in linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64 any; do
  [ -f "$work/packages/Compliance.Cli.$rid.$version.nupkg" ] || { ls "$work/packages"; echo "tools: no Compliance.Cli package for $rid"; exit 1; }
done
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
if [ "$rid" = linux-x64 ] && [ ! -d "$work/tools/.store/compliance.cli/$version/compliance.cli.linux-x64" ]; then
  find "$work/tools/.store" -maxdepth 3; echo "tools: the linux-x64 package of compliance was not the one installed"; exit 1
fi

reported=$("$work/tools/compliance" --version)
case "$reported" in
  "$version"*) ;;
  *) echo "tools: compliance --version printed '$reported', expected $version"; exit 1 ;;
esac

# The README's main job, with the installed tool; exit 1 means findings at or above --fail-on, which the sample has.
set +e
"$work/tools/compliance" audit samples/sapphire-2009.jsonl --as-of 2010-01-01T00:00:00Z > "$work/audit.txt" 2> "$work/audit.err"
audit_rc=$?
set -e
if [ "$audit_rc" -gt 1 ] || ! grep -q "3,000 read, 3,000 evaluated" "$work/audit.txt"; then
  cat "$work/audit.txt" "$work/audit.err"; echo "tools: the main job failed (exit $audit_rc)"; exit 1
fi

"$work/tools/compliance-server" --help > "$work/help.txt"
grep -q -- "--api-keys" "$work/help.txt" || { cat "$work/help.txt"; echo "tools: compliance-server --help lacks --api-keys"; exit 1; }
echo "tools: compliance $reported installed ($rid), main job exit $audit_rc, compliance-server --help ok"
