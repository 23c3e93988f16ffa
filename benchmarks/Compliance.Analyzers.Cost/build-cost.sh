#!/usr/bin/env bash
# End-to-end cost of the analyzer in a real build: a generated host of N files (by default every change
# justified, as in a host that builds clean; "unmarked": the same code without any mark, i.e. a host
# that references the package but marks nothing) consumes the packed Compliance.Rules package and is rebuilt with and
# without the Compliance analyzers — same package, same compiler; for "without", the two analyzer DLLs
# are removed from the compiler's analyzer list. Prints each build's wall time and the compiler's own
# per-analyzer report (-p:ReportAnalyzer=true).
# Usage: benchmarks/Compliance.Analyzers.Cost/build-cost.sh [files=1000] [runs=3] [compliant|wrong|unmarked]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
files=${1:-1000}
runs=${2:-3}
kind=${3:-compliant}
host=$(mktemp -d)
trap 'rm -rf "$host"' EXIT

. .ci/lib/version.sh
dotnet pack src/Compliance.Rules.Annotations -c Release -o artifacts/packages -nologo -v:q > /dev/null
dotnet pack src/Compliance.Rules -c Release -o artifacts/packages -nologo -v:q > /dev/null
dotnet run -c Release --project benchmarks/Compliance.Analyzers.Cost -- write "$host" "$files" "$kind"

cat > "$host/Host.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$host/packages</RestorePackagesPath>
    <!-- Generated code: nullable flow warnings are noise here, and printing thousands of lines would be timed too. -->
    <NoWarn>\$(NoWarn);CS8600;CS8601;CS8602;CS8604;CS8618;CS8625</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Compliance.Rules" Version="$version" />
  </ItemGroup>
  <Target Name="DropComplianceAnalyzers" BeforeTargets="CoreCompile" Condition="'\$(ComplianceAnalyzers)' == 'false'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="\$([System.String]::Copy('%(Filename)').StartsWith('Compliance.Analyzers'))" />
    </ItemGroup>
  </Target>
</Project>
XML
cat > "$host/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="compliance-local" value="$root/artifacts/packages" />
  </packageSources>
</configuration>
XML

dotnet restore "$host" -nologo -v:q
build() { dotnet build "$host" --no-restore --no-incremental -c Release -nologo -tl:off -v:q -clp:NoSummary "$@"; }
build -p:ComplianceAnalyzers=true > /dev/null   # warm the compiler server

for run in $(seq "$runs"); do
  for with in true false; do
    start=$(date +%s%N)
    build -p:ComplianceAnalyzers=$with > "$host/build.log" 2>&1 || { cat "$host/build.log"; exit 1; }
    end=$(date +%s%N)
    echo "run $run analyzers=$with: $(( (end - start) / 1000000 )) ms, $(grep -c 'warning CMP' "$host/build.log" || true) CMP warnings"
  done
done

echo "--- the compiler's own analyzer report (-p:ReportAnalyzer=true), one build with the analyzers"
dotnet build "$host" --no-restore --no-incremental -c Release -nologo -tl:off -v:d -p:ComplianceAnalyzers=true -p:ReportAnalyzer=true 2>&1 \
  | grep -E 'Total analyzer execution time|^ +[<0-9.]+ +[<0-9]+ +[^ ].*, Version=|ComplianceAnalyzer \(' \
  | sed 's/^ *//' | head -8
