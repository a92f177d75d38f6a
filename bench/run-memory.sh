#!/usr/bin/env bash
# Memory under sustained load (issue 16): the Release bot with production settings, its RSS after start-up, then
# MINUTES of the load benchmark's load (distinct questions, a new conversation per request, concurrency 16), with RSS
# sampled every minute, and RSS/peak at the end. Also prints how many encoders the process loaded (its shutdown line).
#
# Usage: bench/run-memory.sh [MINUTES]    (default 10)   Environment: CONCURRENCY (default 16)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
minutes=${1:-10}
CONCURRENCY=${CONCURRENCY:-16}
bench_workdir memory
build_load_tools
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$bot_pid/status"; }
hwm() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$bot_pid/status"; }
loadgen questions --questions bench/questions.txt --out "$workdir/questions.txt" --count 36000 >/dev/null

start_load_bot
sleep 2
machine_summary
echo "after start-up: RSS $(rss) MiB (peak $(hwm) MiB)"
loadgen run --label bot --url "http://127.0.0.1:$port/api/messages" --pid "$bot_pid" --questions "$workdir/questions.txt" \
  --conversation per-request --concurrency "$CONCURRENCY" --warmup 0 --duration $((minutes * 60)) > "$workdir/load.txt" &
load_pid=$!
for minute in $(seq 1 "$minutes"); do
  sleep 60
  echo "after $minute min of load: RSS $(rss) MiB (peak $(hwm) MiB), load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
wait "$load_pid" || true
cat "$workdir/load.txt"
echo "at the end: RSS $(rss) MiB (peak $(hwm) MiB)"
stop_pid "$bot_pid"
bot_pid=
grep -ho 'Query embedding cache: .*' "$workdir/bot.log" || true
grep -ho 'encoder snowflake[^)]*)' "$workdir/bot.log" || true
