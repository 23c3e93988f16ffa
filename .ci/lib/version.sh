# Sourced by the checks: sets $version, the package version MinVer gives this commit (every package of
# the build carries it; see Directory.Build.props). -restore: a check may run before anything was restored.
version=$(dotnet msbuild src/Compliance.Rules.Annotations/Compliance.Rules.Annotations.csproj -restore -nologo \
  -t:MinVer -getProperty:PackageVersion -p:Configuration=Release 2>/dev/null | tail -1)
case "$version" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) echo "version: could not determine the build's version (got '$version')" >&2; exit 1 ;;
esac
