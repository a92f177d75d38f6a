#!/usr/bin/env bash
# Corpus scale with dense vectors (issue 16): for each size, `Retrieval.Bench hybrid N --scale-only`: synthetic
# passages indexed with random unit vectors (the scan costs the same whatever the vectors mean), then per query the
# dense scan, the hybrid search given the vector, and the whole query as the bot pays it (encoder pass + search),
# p50/p99 over 200 queries; RSS; and the index build's embedding throughput on EMBED_SAMPLE of the passages,
# extrapolated to N (embedding 100,000 passages would take hours on this machine). Peak RSS from GNU time.
#
# Usage: bench/run-corpus-dense.sh [SIZES...]   (default 1000 10000 100000)   Environment: EMBED_SAMPLE (default 128)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
EMBED_SAMPLE=${EMBED_SAMPLE:-128}
dotnet build bench/Retrieval.Bench -c Release --nologo -clp:ErrorsOnly -v:q >/dev/null
for n in "${sizes[@]}"; do
  echo "== $n passages, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f 'wall_s=%e peak_rss_mib_kib=%M' \
    dotnet bench/Retrieval.Bench/bin/Release/net10.0/Retrieval.Bench.dll hybrid "$n" --scale-only --embed-sample "$EMBED_SAMPLE" 2>&1 \
    | awk '/peak_rss_mib_kib/ { split($2, k, "="); printf "%s peak_rss_mib=%.0f\n", $1, k[2] / 1024; next } { print }'
done
