#!/usr/bin/env bash
# Corpus scale: at 1k, 10k and 100k passages (synthetic text, bench/CorpusScale), measures
#   - retrieval alone: the host's `beir` verb on a synthetic BEIR dataset (index build s, query p50/p99 ms,
#     nDCG@10 as a sanity check) and that process's peak RSS;
#   - the bot's own index: the `index` verb on the real corpus plus synthetic vetted documents (build time, peak RSS);
#   - the full pipeline over HTTP: the bot serving that corpus, bench/LoadGen at concurrency 1 and 16
#     (answers/s, p50/p99 ms) and the server's peak RSS.
# Not part of ./test.sh. Usage: bench/run-corpus-scale.sh [SIZES...]   (default: 1000 10000 100000)
# Environment: DURATION (s per level, default 5), WARMUP (s, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-2}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

workdir=$(mktemp -d /tmp/fibrobot-scale-XXXXXX)
bot_pid=
cleanup() {
  [ -n "$bot_pid" ] && stop_pid "$bot_pid"
  rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

echo "== building (Release)"
dotnet build bench/CorpusScale -c Release --nologo -clp:ErrorsOnly -v:q
dotnet build bench/LoadGen -c Release --nologo -clp:ErrorsOnly -v:q
dotnet build src/Bot -c Release --nologo -clp:ErrorsOnly -v:q
botdir=src/Bot/bin/Release/net10.0
scale() { dotnet bench/CorpusScale/bin/Release/net10.0/CorpusScale.dll "$@"; }
loadgen() { dotnet bench/LoadGen/bin/Release/net10.0/LoadGen.dll "$@"; }

# Runs a host verb from the bot's folder; prints its last line and "wall_s=… peak_rss_mib=…".
measured_verb() {
  local log=$1
  shift
  (cd "$botdir" && /usr/bin/time -f 'wall_s=%e peak_rss_kib=%M' -o "$log.time" "$@" >"$log" 2>&1) || {
    echo "failed: $*" >&2
    tail -20 "$log" >&2
    return 1
  }
  local last
  last=$(grep -v '^\s*$' "$log" | tail -1)
  awk -v last="$last" '{ split($2, kib, "="); printf "%s %s peak_rss_mib=%.0f\n", last, $1, kib[2] / 1024 }' "$log.time"
}

machine_summary
results=()
for n in "${sizes[@]}"; do
  echo "== $n passages"
  beir="$workdir/beir-$n"
  scale beir --passages "$n" --out "$beir" >/dev/null
  beir_line=$(measured_verb "$workdir/beir-$n.log" dotnet FibroBot.dll beir --dataset "$beir")
  echo "retrieval (beir): $beir_line"
  rm -rf "$beir"

  corpus="$workdir/corpus-$n"
  scale vetted --passages "$n" --out "$corpus" --corpus "$botdir/content/corpus" --seeds "$botdir/content/seeds"
  export Corpus__Path="$corpus/corpus" Corpus__SeedsPath="$corpus/seeds" Corpus__DataPath="$corpus/index"
  index_line=$(measured_verb "$workdir/index-$n.log" dotnet FibroBot.dll index)
  echo "bot index: $index_line"

  port=$(free_port)
  mkdir -p "$corpus/data"
  started=$(date +%s.%N)
  (cd "$botdir" && exec env ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$corpus/data" \
      RateLimiting__PerUser__TokenLimit=100000000 RateLimiting__PerUser__TokensPerPeriod=100000000 \
      RateLimiting__PerConversation__TokenLimit=100000000 RateLimiting__PerConversation__TokensPerPeriod=100000000 \
      dotnet FibroBot.dll --urls "http://127.0.0.1:$port") >"$workdir/bot-$n.log" 2>&1 &
  bot_pid=$!
  wait_for_port "$port" "$bot_pid" 300
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
  ready_s=$(echo "$(date +%s.%N) - $started" | bc)
  loadgen run --label "bot-$n" --url "http://127.0.0.1:$port/api/messages" --pid "$bot_pid" \
    --concurrency 1,16 --duration "$DURATION" --warmup "$WARMUP" | tee "$workdir/load-$n.txt"
  stop_pid "$bot_pid"
  bot_pid=
  unset Corpus__Path Corpus__SeedsPath Corpus__DataPath
  rm -rf "$corpus"
  results+=("$n | $beir_line | $index_line | ready in ${ready_s}s | $(grep -E 'c=(1|16) ' "$workdir/load-$n.txt" | tr -s ' ' | tr '\n' ';')")
done

echo
echo "== summary"
printf '%s\n' "${results[@]}"
