#!/usr/bin/env bash
# The load benchmark (issue 16): on loopback, one target at a time, the same closed-loop load and the same question
# list, in one run:
#   encoder  the encoder floor: raw SentenceEncoder.Encode calls on the questions, same ONNX settings as the bot
#            (the Embeddings__* environment), no HTTP (bench/EncoderFloor)
#   bot      FibroBot itself, Release build, the full answer pipeline on every request, a new conversation per
#            request, distinct questions so that no cache can serve one
#   echo     an echo bot on the official botbuilder 4.23.3 (bench/echo-bot, installed here with npm ci)
#   ceiling  bare Kestrel returning a fixed expectReplies body (bench/Ceiling)
#   repeat   the bot again on the 122 hand-written questions cycled (support groups repeat themselves): reports the
#            query-embedding cache's hit rate; kept out of the table's distinct-question figures (label bot-repeat)
# then prints the table, the ratios bot/encoder floor, bot/echo and bot/ceiling, and whether the targets are met.
# The distinct list (LoadGen questions) has 20,000 lines, far more than a run sends and than the 2,048-entry cache
# holds, so a question never comes back while it is still cached; the bot's log line at shutdown gives the hits.
# Not part of ./test.sh: it takes a few minutes and measures rather than asserts.
#
# Usage: bench/run-load.sh [encoder|bot|echo|ceiling|repeat ...]   (default: encoder bot echo ceiling)
# Environment: DURATION (s per level, default 10), WARMUP (s, default 3), CONCURRENCY (default 1,4,16),
#              RESULTS (jsonl file to append to, default a new file under /tmp), Embeddings__* (ONNX settings,
#              passed to both the encoder floor and the bot)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONCURRENCY=${CONCURRENCY:-1,4,16}
RESULTS=${RESULTS:-$(mktemp /tmp/fibrobot-load-XXXXXX.jsonl)}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(encoder bot echo ceiling)

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
dotnet build bench/EncoderFloor -c Release --nologo -clp:ErrorsOnly -v:q
dotnet build src/Bot -c Release --nologo -clp:ErrorsOnly -v:q
if printf '%s\n' "${targets[@]}" | grep -qx echo; then
  (cd bench/echo-bot && npm ci --no-audit --no-fund --loglevel=error)
fi

loadgen() {
  dotnet bench/LoadGen/bin/Release/net10.0/LoadGen.dll "$@"
}

# The one question list of the run: distinct variants of bench/questions.txt.
questions="$workdir/distinct-questions.txt"
loadgen questions --questions bench/questions.txt --out "$questions" --count 20000

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
  local label=$1 port=$2 list=${3:-$questions}
  loadgen run --label "$label" --url "http://127.0.0.1:$port/api/messages" --pid "$target_pid" \
    --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup "$WARMUP" --results "$RESULTS" \
    --questions "$list" --conversation per-request || true
  if ! kill -0 "$target_pid" 2>/dev/null; then
    echo "---- $label exited during the run; its log:" >&2
    tail -40 "$workdir/$label.log" >&2
  fi
  stop_pid "$target_pid"
  target_pid=
  # The bot logs its cache and encoder counters when it stops.
  grep -ho 'Query embedding cache: .*' "$workdir/$label.log" | sed "s/^/$label: /" || true
}

start_bot() {
  local label=$1 port=$2
  # Production settings, a private data folder, and rate limits raised far above the load so that the
  # limiter still runs on every request but never rejects one.
  mkdir -p "$workdir/$label-data"
  start_target "$label" "$port" env -C src/Bot/bin/Release/net10.0 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataPath="$workdir/$label-data" \
    RateLimiting__PerUser__TokenLimit=100000000 \
    RateLimiting__PerUser__TokensPerPeriod=100000000 \
    RateLimiting__PerUser__ReplenishmentPeriod=00:00:01 \
    RateLimiting__PerConversation__TokenLimit=100000000 \
    RateLimiting__PerConversation__TokensPerPeriod=100000000 \
    RateLimiting__PerConversation__ReplenishmentPeriod=00:00:01 \
    dotnet FibroBot.dll --urls "http://127.0.0.1:$port"
  echo "$label: RSS after start-up $(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' /proc/$target_pid/status)"
}

machine_summary
for target in "${targets[@]}"; do
  echo "== $target (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  case "$target" in
    encoder)
      dotnet bench/EncoderFloor/bin/Release/net10.0/EncoderFloor.dll --label encoder --questions "$questions" \
        --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup "$WARMUP" --results "$RESULTS"
      continue
      ;;
    ceiling)
      port=$(free_port)
      start_target ceiling "$port" dotnet bench/Ceiling/bin/Release/net10.0/Ceiling.dll --urls "http://127.0.0.1:$port"
      ;;
    echo)
      port=$(free_port)
      start_target echo "$port" env PORT="$port" node bench/echo-bot/index.js
      ;;
    bot)
      port=$(free_port)
      start_bot bot "$port"
      ;;
    repeat)
      port=$(free_port)
      start_bot bot-repeat "$port"
      measure bot-repeat "$port" bench/questions.txt
      continue
      ;;
    *)
      echo "unknown target '$target' (encoder, bot, echo, ceiling or repeat)" >&2
      exit 2
      ;;
  esac
  measure "$target" "$port"
done

echo
echo "== results ($RESULTS)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
loadgen report --results "$RESULTS" --bot bot --echo echo --ceiling ceiling --encoder encoder
