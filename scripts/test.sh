#!/usr/bin/env bash
# Runs every test project. Installs what the tests need when it is missing (Debian packages via apt-get; NuGet
# packages via restore), then prints one closing line "N passed, N failed, N skipped" summed over all projects.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
require_dotnet
# GeographicLib's GeodSolve and CartConvert are the independent oracle for the geodesy tests.
apt_ensure GeodSolve geographiclib-tools || exit 1

dotnet restore Oberig.slnx --nologo -v quiet || exit 1
log="$(mktemp)"
# Release: the engine tests run whole replications of the demo, several times faster optimised.
dotnet test --solution Oberig.slnx --no-restore -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build or runner failure counts as a failure
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
