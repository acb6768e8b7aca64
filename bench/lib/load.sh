# bench/run.sh: the loads. wrk over each request list (bench/wrk.lua), the app's resident memory
# sampled meanwhile, and a pass of searches each asked for the first time.

# The loads in the order they run. The ping is asked first and again last: first, the JIT has
# not finished compiling what every request passes through (the filters, Tomcat), and a ping
# measured then is no ceiling. The ratios use the higher of the two.
LOADS=(ping filter filter1 document revalidate search people ping-again)

# What each load asks, for the report.
describe_load() {
  case $1 in
    ping) echo 'GET /api/v1/ping' ;;
    filter) echo "quotes by speaker + date range + topic, $(wc -l <"$DIR/list-filter.txt") speakers" ;;
    filter1) echo "the same, 1 connection (a request alone, no queueing)" ;;
    document) echo "a document by slug, $(wc -l <"$DIR/list-document.txt") documents" ;;
    revalidate) echo 'the same with If-None-Match (304)' ;;
    search) echo "full-text search with facets, $(wc -l <"$DIR/list-search.txt") queries" ;;
    people) echo "people by a name variant, $(wc -l <"$DIR/list-people.txt") names" ;;
    ping-again) echo 'GET /api/v1/ping again, after the other loads' ;;
  esac
}

# Runs every load; fills RPS, P50, P99, RSS and DESCRIBE (by load name) and sets BASE_RPS (the
# higher ping) and MAX_RSS.
run_loads() {
  declare -gA RPS=() P50=() P99=() RSS=() DESCRIBE=()
  MAX_RSS=0
  local name mode
  for name in "${LOADS[@]}"; do
    DESCRIBE[$name]=$(describe_load "$name")
    if [[ ! -s $DIR/list-$name.txt ]]; then
      RPS[$name]=? P50[$name]=? P99[$name]=? RSS[$name]=?
      DESCRIBE[$name]="${DESCRIBE[$name]}: skipped"
      continue
    fi
    echo "  measuring $name ..."  # progress only, not part of the report
    case $name in
      revalidate) mode=conditional ;;
      filter1) mode=serial ;;
      *) mode= ;;
    esac
    run_load "$name" "$DIR/list-$name.txt" $mode || true
    RPS[$name]=$LOAD_RPS P50[$name]=$LOAD_P50 P99[$name]=$LOAD_P99 RSS[$name]=$LOAD_RSS
    [[ $LOAD_RSS =~ ^[0-9]+$ ]] && ((LOAD_RSS > MAX_RSS)) && MAX_RSS=$LOAD_RSS
  done
  BASE_RPS=${RPS[ping]}
  if [[ ${RPS[ping-again]} =~ ^[0-9]+$ ]] && { [[ ! $BASE_RPS =~ ^[0-9]+$ ]] || ((RPS[ping-again] > BASE_RPS)); }; then
    BASE_RPS=${RPS[ping-again]}
  fi
}

# run_load NAME LIST [conditional|serial]: a warm-up, then the measured run; sets LOAD_RPS,
# LOAD_P50, LOAD_P99 (ms) and LOAD_RSS (MB). Checks every answer's status (304 when conditional).
run_load() {
  local name=$1 list=$2 mode=${3:-}
  local expected=200 out=$DIR/wrk-$name.txt threads=$THREADS connections=$CONNECTIONS
  [[ $mode == conditional ]] && expected=304
  # One connection: the latency of a request alone, without queueing behind 15 others.
  [[ $mode == serial ]] && threads=1 connections=1 mode=
  LOAD_RPS=? LOAD_P50=? LOAD_P99=? LOAD_RSS=?
  run_child wrk -t"$threads" -c"$connections" -d"${WARMUP}s" --timeout 10s -s bench/wrk.lua "$BASE" -- "$list" $mode \
    >"$DIR/wrk-$name-warmup.txt" 2>&1 || true
  start_sampler "$DIR/rss-$name"
  if ! run_child wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 10s --latency -s bench/wrk.lua "$BASE" -- "$list" $mode \
    >"$out" 2>&1; then
    stop_sampler
    fail "$DB: wrk failed on $name: $(tail -n 3 "$out")"
    return 1
  fi
  stop_sampler
  local bench requests errors unexpected
  bench=$(grep '^BENCH ' "$out" || true)
  if [[ -z $bench ]]; then
    fail "$DB: no figures from wrk on $name: $(tail -n 3 "$out")"
    return 1
  fi
  field() { grep -o "$1=[0-9]*" <<<"$bench" | cut -d= -f2; }
  requests=$(field requests)
  LOAD_RPS=$(calc '%.0f' 'r / (d / 1000000)' r="$requests" d="$(field duration_us)")
  LOAD_P50=$(calc '%.2f' 'v / 1000' v="$(field p50_us)")
  LOAD_P99=$(calc '%.2f' 'v / 1000' v="$(field p99_us)")
  LOAD_RSS=$(calc '%.0f' 'k / 1024' k="$(cat "$DIR/rss-$name")")
  errors=$(($(field connect) + $(field read) + $(field write) + $(field timeout)))
  unexpected=$(awk -v e="$expected" '$1 == "STATUS" && $2 != e { printf "%s%d x %d", sep, $3, $2; sep = ", " }' "$out")
  if ((errors > 0)); then
    fail "$DB: $name had $errors socket errors or timeouts: $(grep -E 'Socket errors' "$out" || echo "$bench")"
  fi
  if [[ -n $unexpected ]]; then
    fail "$DB: $name answered other than $expected: $unexpected"
  fi
  if ((requests == 0)); then
    fail "$DB: $name made no request"
  fi
  return 0
}

# Samples the app's VmRSS and RssAnon every 0.2 s into FILE and FILE.anon (their maximum, in KiB).
start_sampler() {
  local file=$1
  echo 0 >"$file"
  echo 0 >"$file.anon"
  (
    max=0 max_anon=0
    while kill -0 "$APP_PID" 2>/dev/null; do
      # VmRSS counts the pages of mapped files too (index segments, the jar's classes); RssAnon is
      # the process's own memory (heap, metaspace, code, stacks).
      read -r rss anon < <(awk '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } END { print r + 0, a + 0 }' \
        "/proc/$APP_PID/status" 2>/dev/null || echo 0 0)
      # Written aside and renamed: stopping the sampler mid-write must not leave an empty file.
      if ((${rss:-0} > max)); then max=$rss; echo "$max" >"$file.tmp" && mv "$file.tmp" "$file"; fi
      if ((${anon:-0} > max_anon)); then max_anon=$anon; echo "$max_anon" >"$file.anon.tmp" && mv "$file.anon.tmp" "$file.anon"; fi
      sleep 0.2
    done
  ) &
  SAMPLER_PID=$!
}

stop_sampler() {
  if [[ -n $SAMPLER_PID ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=
  fi
}

# Search, first time per query. A search's total and facets cover every hit and are kept until
# the index changes, so the loaded run mostly repeats queries whose counts are known; this pass
# asks up to 50 distinct queries once each, alone, before anything else has asked them. Sets
# SEARCH_FIRST_N, SEARCH_FIRST_P50 and SEARCH_FIRST_MAX (ms).
search_first_time() {
  local list=$DIR/list-search-first.txt ms=$DIR/search-first-ms path status seconds
  # (The limit inside awk: a head closing the pipe early would fail the script under pipefail.)
  awk 'NR == 1 { first = $0; next } $0 != first && !seen[$0]++ && n < 50 { print; n++ }' "$DIR/list-search.txt" >"$list"
  : >"$ms"
  while IFS= read -r path; do
    read -r status seconds < <(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}\n' "$BASE$path" || echo 000 0)
    if [[ $status != 200 ]]; then
      fail "$DB: $path answered $status (search, first time)"
    else
      calc '%.2f\n' 's * 1000' s="$seconds" >>"$ms"
    fi
  done <"$list"
  SEARCH_FIRST_N=$(wc -l <"$ms")
  SEARCH_FIRST_P50=$(median <"$ms")
  SEARCH_FIRST_MAX=$(sort -g "$ms" | tail -n 1)
}
