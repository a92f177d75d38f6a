#!/usr/bin/env bash
# Runs every test of Fibro Evidence Bot, installing first what the tests need when it is missing:
# Debian's chromium (browser tests), PostgreSQL (storage and multi-instance tests) and the pinned npm
# packages (Web Chat bundle, Microsoft 365 Agents Playground).
# Usage: ./test.sh [--fast] [extra dotnet test args]
#   --fast  only the tests not tagged [Trait("Category", "Slow")] (no bot processes, browsers, PostgreSQL,
#           Agents Playground, fuzz or load, and no real corpus through the sentence encoder); it needs none of
#           the installs above. Measured after the build on a shared 2-core machine: 32 s at load average 8,
#           110 s at load average 20.
set -euo pipefail
cd "$(dirname "$0")"

fast=false
if [ "${1:-}" = "--fast" ]; then
  fast=true
  shift
  set -- --filter "Category!=Slow" "$@"
fi

# What the slow tests need; the fast tier needs none of it.
install_missing_tools() {
  need_apt=()
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
  command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
  if [ ${#need_apt[@]} -gt 0 ]; then
    echo "test.sh: installing ${need_apt[*]} from Debian's packages..."
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
    # Debian starts a default cluster on install; the tests run their own private clusters instead.
    if printf '%s\n' "${need_apt[@]}" | grep -qx postgresql; then
      (command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | while read -r v c _; do $SUDO pg_ctlcluster "$v" "$c" stop || true; done) || true
    fi
  fi

  # npm packages, pinned by lockfiles, installed only when missing (the benchmark's own peers install with the benchmark).
  for dir in $(git ls-files '*package-lock.json' ':!:bench/*' | xargs -r -n1 dirname); do
    if [ ! -d "$dir/node_modules" ]; then
      echo "test.sh: npm ci in $dir..."
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done
}

if [ "$fast" = false ]; then
  install_missing_tools
fi

export FIBROBOT_CHROMIUM="${FIBROBOT_CHROMIUM:-$(command -v chromium || true)}"
# The tests start the bot about twenty times, each on a fresh data folder. One vector cache (keyed by content hash,
# so it is never stale) lets the first start embed the bundled corpus and every later one reuse the vectors.
export Embeddings__VectorCachePath="${Embeddings__VectorCachePath:-${TMPDIR:-/tmp}/fibrobot-test-vectors/vectors.sqlite}"
dotnet build Bot.sln -c Release --nologo -clp:ErrorsOnly
# Fill that cache once before the tests, so bots started side by side do not each embed the corpus at once on a busy
# machine (a CI run saw a start take over 90 s that way). The index it builds goes to a scratch folder.
index_scratch="$(mktemp -d)"
dotnet src/Bot/bin/Release/net10.0/FibroBot.dll index --Corpus:DataPath="$index_scratch" >/dev/null
rm -rf "$index_scratch"
log="$(mktemp)"
status=0
dotnet test Bot.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies, as CI reads it.
awk '/(Passed|Failed)!.*Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
