# Shared helpers for the bench scripts (sourced, not run).

# A TCP port on 127.0.0.1 that nothing listens on (never 3978, which a person may be using).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    [ "$port" -eq 3978 ] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "bench: no free port found" >&2
  return 1
}

# Waits until 127.0.0.1:PORT accepts connections, or fails after SECONDS (default 60) or if PID exits.
wait_for_port() {
  local port=$1 pid=$2 seconds=${3:-60}
  local deadline=$(( $(date +%s) + seconds ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: process $pid exited before listening on $port" >&2
      return 1
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "bench: nothing listened on 127.0.0.1:$port within ${seconds}s" >&2
  return 1
}

# Stops PID (TERM, then KILL after 10 s) if it is still running.
stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
}

machine_summary() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), dotnet $(dotnet --version), node $(node --version 2>/dev/null || echo none)"
}

# A scratch folder for one benchmark script ($workdir), and a trap that stops the bot it started ($bot_pid) and
# removes the folder on any exit.
bench_workdir() {
  workdir=$(mktemp -d "/tmp/fibrobot-$1-XXXXXX")
  bot_pid=
  trap 'if [ -n "$bot_pid" ]; then stop_pid "$bot_pid"; fi; rm -rf "$workdir"' EXIT INT TERM
}

# The Release builds a load script needs (the load generator and the bot), and loadgen to run the generator.
build_load_tools() {
  dotnet build bench/LoadGen -c Release --nologo -clp:ErrorsOnly -v:q
  dotnet build src/Bot -c Release --nologo -clp:ErrorsOnly -v:q
}
loadgen() { dotnet bench/LoadGen/bin/Release/net10.0/LoadGen.dll "$@"; }

# The Release bot with production settings and per-user/per-conversation limits far above any load, on a free port
# ($port), its data and log in $workdir, its pid in $bot_pid; returns once it listens.
start_load_bot() {
  port=$(free_port)
  mkdir -p "$workdir/data"
  env -C src/Bot/bin/Release/net10.0 ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$workdir/data" \
    RateLimiting__PerUser__TokenLimit=100000000 RateLimiting__PerUser__TokensPerPeriod=100000000 \
    RateLimiting__PerConversation__TokenLimit=100000000 RateLimiting__PerConversation__TokensPerPeriod=100000000 \
    dotnet FibroBot.dll --urls "http://127.0.0.1:$port" >"$workdir/bot.log" 2>&1 &
  bot_pid=$!
  wait_for_port "$port" "$bot_pid" 120
}
