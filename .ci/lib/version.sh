# Sourced by the checks: sets $version, the version every package and assembly of this build carries.
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
[ -n "$version" ] || { echo "version: could not determine the build's version" >&2; exit 1; }
