#!/usr/bin/env bash
# The load benchmark: the same closed-loop load (bench/LoadGen) against three targets on loopback, one at a time:
#   ceiling  bare Kestrel returning a fixed expectReplies body (bench/Ceiling)
#   echo     an echo bot on the official botbuilder 4.23.3 (bench/echo-bot, installed here with npm ci)
#   bot      FibroBot itself, Release build, doing the full answer pipeline on every request
# then prints the table, the ratios bot/echo and bot/ceiling, and whether the targets are met.
# Not part of ./test.sh: it takes a few minutes and measures rather than asserts.
#
# Usage: bench/run-load.sh [ceiling|echo|bot ...]      (default: all three)
# Environment: DURATION (s per level, default 10), WARMUP (s, default 3), CONCURRENCY (default 1,16,64),
#              RESULTS (jsonl file to append to, default a new file under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONCURRENCY=${CONCURRENCY:-1,16,64}
RESULTS=${RESULTS:-$(mktemp /tmp/fibrobot-load-XXXXXX.jsonl)}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(ceiling echo bot)

workdir=$(mktemp -d /tmp/fibrobot-load-XXXXXX)
target_pid=
cleanup() {
  [ -n "$target_pid" ] && stop_pid "$target_pid"
  rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

echo "== building (Release)"
dotnet build bench/LoadGen -c Release --nologo -clp:ErrorsOnly -v:q
dotnet build bench/Ceiling -c Release --nologo -clp:ErrorsOnly -v:q
dotnet build src/Bot -c Release --nologo -clp:ErrorsOnly -v:q
if printf '%s\n' "${targets[@]}" | grep -qx echo; then
  (cd bench/echo-bot && npm ci --no-audit --no-fund --loglevel=error)
fi

loadgen() {
  dotnet bench/LoadGen/bin/Release/net10.0/LoadGen.dll "$@"
}

# Starts one target in the background: start_target LABEL PORT COMMAND...
start_target() {
  local label=$1 port=$2
  shift 2
  "$@" >"$workdir/$label.log" 2>&1 &
  target_pid=$!
  if ! wait_for_port "$port" "$target_pid" 90; then
    echo "---- $label log:" >&2
    tail -40 "$workdir/$label.log" >&2
    exit 1
  fi
}

measure() {
  local label=$1 port=$2
  loadgen run --label "$label" --url "http://127.0.0.1:$port/api/messages" --pid "$target_pid" \
    --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup "$WARMUP" --results "$RESULTS" || true
  if ! kill -0 "$target_pid" 2>/dev/null; then
    echo "---- $label exited during the run; its log:" >&2
    tail -40 "$workdir/$label.log" >&2
  fi
  stop_pid "$target_pid"
  target_pid=
}

machine_summary
for target in "${targets[@]}"; do
  port=$(free_port)
  echo "== $target on 127.0.0.1:$port"
  case "$target" in
    ceiling)
      start_target ceiling "$port" dotnet bench/Ceiling/bin/Release/net10.0/Ceiling.dll --urls "http://127.0.0.1:$port"
      ;;
    echo)
      start_target echo "$port" env PORT="$port" node bench/echo-bot/index.js
      ;;
    bot)
      # Production settings, a private data folder, and rate limits raised far above the load so that the
      # limiter still runs on every request but never rejects one.
      mkdir -p "$workdir/bot-data"
      start_target bot "$port" env -C src/Bot/bin/Release/net10.0 \
        ASPNETCORE_ENVIRONMENT=Production \
        Storage__DataPath="$workdir/bot-data" \
        RateLimiting__PerUser__TokenLimit=100000000 \
        RateLimiting__PerUser__TokensPerPeriod=100000000 \
        RateLimiting__PerUser__ReplenishmentPeriod=00:00:01 \
        RateLimiting__PerConversation__TokenLimit=100000000 \
        RateLimiting__PerConversation__TokensPerPeriod=100000000 \
        RateLimiting__PerConversation__ReplenishmentPeriod=00:00:01 \
        dotnet FibroBot.dll --urls "http://127.0.0.1:$port"
      ;;
    *)
      echo "unknown target '$target' (ceiling, echo or bot)" >&2
      exit 2
      ;;
  esac
  measure "$target" "$port"
done

echo
echo "== results ($RESULTS)"
loadgen report --results "$RESULTS" --bot bot --echo echo --ceiling ceiling
