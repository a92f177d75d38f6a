#!/usr/bin/env bash
# The full fuzz run: 10,000+ generated and mutated activities and Direct Line requests against the real bot
# process over loopback HTTP (the same test as ./test.sh runs with 1,500): no 5xx, the process stays up,
# memory bounded. Not part of ./test.sh (it takes minutes).
# Usage: bench/run-fuzz.sh [COUNT [SEED]]     (defaults: 10000, 20261122)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

export FIBROBOT_FUZZ_COUNT=${1:-10000}
export FIBROBOT_FUZZ_SEED=${2:-20261122}
export FIBROBOT_FUZZ_MINUTES=${FIBROBOT_FUZZ_MINUTES:-30}

machine_summary
echo "fuzz: $FIBROBOT_FUZZ_COUNT requests, seed $FIBROBOT_FUZZ_SEED"
dotnet build tests/Integration.Tests -c Release --nologo -clp:ErrorsOnly -v:q
started=$(date +%s)
dotnet test tests/Integration.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~FibroBot.Integration.Fuzz.FuzzTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "seed |RSS |FAIL|Passed|Failed|Total" 
echo "elapsed: $(( $(date +%s) - started )) s"
