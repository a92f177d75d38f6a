#!/usr/bin/env bash
# ONNX Runtime session settings for the sentence encoder, by measurement (issue 16): bench/EncoderFloor on the
# distinct-question list for each setting below, ROUNDS times, the settings interleaved within a round so that the
# machine's drift hits them alike. CPU ms per encode (the process's CPU time over the calls) is the figure that
# survives a loaded machine; encodes/s and latency move with the other load and are printed for the record.
#
# Usage: bench/run-encoder-settings.sh [ROUNDS]    (default 3)   Environment: DURATION (default 5), CONCURRENCY (default 1,4,16)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
DURATION=${DURATION:-5}
CONCURRENCY=${CONCURRENCY:-1,4,16}
dotnet build bench/LoadGen -c Release --nologo -clp:ErrorsOnly -v:q
dotnet build bench/EncoderFloor -c Release --nologo -clp:ErrorsOnly -v:q
questions=$(mktemp /tmp/fibrobot-encoder-questions-XXXXXX)
trap 'rm -f "$questions"' EXIT
dotnet bench/LoadGen/bin/Release/net10.0/LoadGen.dll questions --questions bench/questions.txt --out "$questions" --count 20000 >/dev/null

# label intra-op-threads graph-level memory-arena allow-spinning [questions per Encode call: the last two are an
# experiment in batching concurrent queries, which the bot does not do]
settings=(
  "shipped:1:All:true:true"
  "intra2:2:All:true:true"
  "intra2-nospin:2:All:true:false"
  "extended:1:Extended:true:true"
  "basic:1:Basic:true:true"
  "no-arena:1:All:false:true"
  "batch4:1:All:true:true:4"
  "batch8:1:All:true:true:8"
)
for round in $(seq 1 "$rounds"); do
  for setting in "${settings[@]}"; do
    IFS=: read -r label threads graph arena spin batch <<<"$setting"
    echo "== round $round $label (intra-op $threads, graph $graph, arena $arena, spinning $spin) load average $(cut -d' ' -f1-3 /proc/loadavg)"
    Embeddings__IntraOpThreads=$threads Embeddings__GraphOptimization=$graph Embeddings__MemoryArena=$arena Embeddings__AllowSpinning=$spin \
      dotnet bench/EncoderFloor/bin/Release/net10.0/EncoderFloor.dll --label "$label" --questions "$questions" \
      --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup 2 --batch "${batch:-1}" | grep 'c='
  done
done
