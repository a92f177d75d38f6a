#!/usr/bin/env bash
# A CPU profile of the bot under the load benchmark's load (issue 16): the Release bot with production settings, the
# distinct-question list at concurrency 16 with a new conversation per request, and dotnet-trace's sampled thread
# time for PROFILE_SECONDS after WARMUP seconds. Prints dotnet-trace's top methods (exclusive and inclusive); the
# .nettrace file is kept for PerfView or speedscope. Needs dotnet-trace (`dotnet tool install -g dotnet-trace`).
#
# Usage: bench/profile-bot.sh [OUT.nettrace]     Environment: WARMUP (s, default 10), PROFILE_SECONDS (default 15),
#        CONCURRENCY (default 16), QUESTIONS (default: the distinct list), Embeddings__* (ONNX settings)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
export PATH="$PATH:$HOME/.dotnet/tools"
WARMUP=${WARMUP:-10}
PROFILE_SECONDS=${PROFILE_SECONDS:-15}
CONCURRENCY=${CONCURRENCY:-16}
out=${1:-/tmp/fibrobot-profile-$(date +%s).nettrace}
bench_workdir profile
build_load_tools
questions=${QUESTIONS:-$workdir/distinct-questions.txt}
[ -f "$questions" ] || loadgen questions --questions bench/questions.txt --out "$questions" --count 20000

start_load_bot
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
loadgen run --label bot --url "http://127.0.0.1:$port/api/messages" --pid "$bot_pid" --questions "$questions" \
  --conversation per-request --concurrency "$CONCURRENCY" --warmup 0 --duration $((WARMUP + PROFILE_SECONDS + 5)) &
load_pid=$!
sleep "$WARMUP"
dotnet-trace collect -p "$bot_pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$PROFILE_SECONDS" -o "$out" >/dev/null
wait "$load_pid" || true
echo "trace: $out"
echo "== top methods, exclusive"
dotnet-trace report "$out" topN -n 25
echo "== top methods, inclusive"
dotnet-trace report "$out" topN -n 40 --inclusive
