#!/usr/bin/env bash
# Start-up (issue 16): time from launching the Release bot to its first answer over /api/messages, on a fresh data
# folder (the bundled corpus indexed and every passage embedded) and then warm (the same folder: index and stored
# vectors reused). No shared vector cache (Embeddings__VectorCachePath empty), production settings. The clock starts
# just before `dotnet FibroBot.dll` and stops when a POST returns 200 with a message reply; the POST is retried every
# 0.1 s while the port is closed. Each round uses a new fresh folder.
#
# Usage: bench/run-startup.sh [ROUNDS]    (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rounds=${1:-3}
bench_workdir startup
dotnet build src/Bot -c Release --nologo -clp:ErrorsOnly -v:q

# Each POST has a new activity id: the bot skips a redelivered activity (deduplication is kept in storage).
body='{"type":"message","id":"ACTIVITY_ID","serviceUrl":"http://127.0.0.1:9/","channelId":"emulator","from":{"id":"startup-user","name":"Member","role":"user"},"conversation":{"id":"startup-conversation"},"recipient":{"id":"fibrobot","role":"bot"},"text":"Does low-dose naltrexone help fibromyalgia pain?","deliveryMode":"expectReplies"}'

# first_answer DATA_DIR LABEL: prints seconds to the first answer and the bot's RSS then.
first_answer() {
  local data=$1 label=$2 port started reply elapsed
  port=$(free_port)
  started=$(date +%s.%N)
  env -C src/Bot/bin/Release/net10.0 ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$data" Corpus__DataPath="$data" \
    Embeddings__VectorCachePath= dotnet FibroBot.dll --urls "http://127.0.0.1:$port" >"$workdir/$label.log" 2>&1 &
  bot_pid=$!
  while :; do
    if ! kill -0 "$bot_pid" 2>/dev/null; then
      echo "$label: the bot exited" >&2
      tail -20 "$workdir/$label.log" >&2
      return 1
    fi
    reply=$(curl -s -m 30 -H 'Content-Type: application/json' -d "${body/ACTIVITY_ID/startup-$RANDOM$RANDOM-$(date +%s%N)}" "http://127.0.0.1:$port/api/messages" 2>/dev/null || true)
    if [[ "$reply" == *'"type":"message"'* ]]; then
      break
    fi
    sleep 0.1
  done
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  printf '%s: first answer after %.2f s, RSS %s, load average %s\n' "$label" "$elapsed" \
    "$(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' /proc/$bot_pid/status)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -ho 'Retrieval index [^;]*; passage vectors: .*' "$workdir/$label.log" | head -1 | sed "s/^/  /" || true
  stop_pid "$bot_pid"
  bot_pid=
}

machine_summary
for round in $(seq 1 "$rounds"); do
  data="$workdir/data-$round"
  mkdir -p "$data"
  first_answer "$data" "round $round fresh"
  first_answer "$data" "round $round warm"
done
