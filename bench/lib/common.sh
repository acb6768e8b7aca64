# bench/run.sh: what every step uses. The report, failures, child processes, ports, arithmetic.

# A line of the report (REPORT, the current database's .txt) and of the terminal.
log() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# A failure: reported, counted for the database (its JSON's "failures") and for the exit status.
fail() {
  printf 'FAIL: %s\n' "$*" | tee -a "$REPORT" >&2
  FAILURES+=("$*")
  DB_FAILURES=$((DB_FAILURES + 1))
}

# Runs a command in the background and waits for it, so that the script handles a signal at once
# (bash runs a trap only after the foreground command ends; wait returns early).
run_child() {
  local status=0
  "$@" &
  CHILD_PID=$!
  wait "$CHILD_PID" || status=$?
  CHILD_PID=
  return "$status"
}

# A port nothing listens on, below the kernel's ephemeral range: a port inside it can be taken,
# between this check and the app's bind, as the local end of an outgoing connection (the app's
# own connections to PostgreSQL open before its web server binds; seen in CI).
free_port() {
  local port low
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  ((low > 11000)) || low=32768
  for _ in $(seq 100); do
    port=$((10000 + RANDOM % (low - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# Seconds since the epoch, with decimals.
now() { date +%s.%N; }

# Arithmetic in awk: calc '%.1f' 'a / b' a=1 b=2. Prints "?" when a value is not a number or the
# expression cannot be computed (a division by zero), so that a missing figure stays visibly missing.
calc() {
  local format=$1 expression=$2 value args=()
  shift 2
  for value in "$@"; do
    [[ ${value#*=} =~ ^-?[0-9]+(\.[0-9]+)?$ ]] || { echo "?"; return 0; }
    args+=(-v "$value")
  done
  # The parentheses keep a comparison from being read as printf's output redirection.
  awk "${args[@]}" "BEGIN { printf \"$format\", ($expression) }" 2>/dev/null || echo "?"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A figure for the JSON summary: the number, or null where it could not be measured ("?").
num() { [[ $1 =~ ^-?[0-9]+(\.[0-9]+)?$ ]] && echo "$1" || echo null; }

# On exit, whatever the cause: stops what runs and drops what holds the corpus.
cleanup() {
  local status=$?
  [[ -z $CHILD_PID ]] || kill "$CHILD_PID" 2>/dev/null || true
  stop_sampler
  stop_app
  drop_database
  rm -rf "$WORK/verbatim.jar" "$WORK/app" "$WORK/cds-training"
  exit "$status"
}
