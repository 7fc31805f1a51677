#!/usr/bin/env bash
# The demo: runs the shipped example scenario end to end (restoring and building what it needs first).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./oberig validate examples/kyiv-night-raid.yaml
./oberig run examples/kyiv-night-raid.yaml "$@"
# A year of the notional France-Ukraine joint production feeding those fire units (the campaign layer).
./oberig campaign run examples/joint-production.yaml --replications 200
