#!/usr/bin/env bash
# Benchmark of Verbatim at archive scale (issue 6), on H2 and then on PostgreSQL:
#   1. builds the jar (once) and generates the corpus (bench/corpus.sh, cached in bench/tmp);
#   2. starts the app on a fresh database and loads the corpus through POST /api/v1/import,
#      reporting documents/s and quotes/s (search indexing included: it happens on commit);
#   3. restarts it and reports the seconds from launch to ready (/actuator/health/readiness);
#      the app runs as Spring Boot recommends for start-up: the jar extracted (-Djarmode=tools
#      extract) and a class data sharing archive (AppCDS) made by a training run after the build
#      (-XX:ArchiveClassesAtExit, --verbatim.exit-when-ready, on a throwaway in-memory H2
#      database and index), used by every start (-XX:SharedArchiveFile); --no-cds runs the jar as is;
#   4. runs wrk (16 connections, a warm-up, then a fixed duration) against the ping baseline
#      (first and again last; the ratios use the higher, as the first runs before the JIT is done),
#      filtered quotes (many speakers; and again at 1 connection, for the latency of a request
#      alone), a document by slug, the same with If-None-Match (304),
#      full-text search with facets and people by a name variant, printing requests/s, p50, p99
#      and the ratio to the baseline, and the JVM's resident memory (VmRSS) under load; before the
#      load, up to 50 distinct searches once each (a search's facet counts are kept until the index
#      changes, so the loaded run mostly measures repeated queries);
#   5. on PostgreSQL, EXPLAIN ANALYZE of the filter query's SQL as the app sent it.
# Results: bench/results/<timestamp>-<db>.txt and .json (smoke runs: under bench/tmp/).
#
# Usage: bench/run.sh [--smoke] [--documents N] [--db h2|postgres|both] [--seed S]
#                     [--duration SECONDS] [--warmup SECONDS] [--no-build] [--no-cds]
#   --smoke  20 documents, 1 s warm-up and 2 s runs (both databases unless --db): checks that the script
#            works (exits non-zero if the app does not start, an import line fails, or any
#            answer is not the expected status), not how fast anything is.
# Needs: a JDK 17+, curl, wrk (apt-get install -y wrk), and for PostgreSQL a server on
# $PGHOST:$PGPORT (default 127.0.0.1:5432) where $PGUSER (default postgres) may create databases
# without a password (or with PGPASSWORD). The JVM options come from BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ORIGINAL_ARGS="$*"
DOCUMENTS=100000
SEED=42
DBS=both
DURATION=30
WARMUP=10
BUILD=true
CDS=true
SMOKE=false
CONNECTIONS=16
THREADS=2
# Heap sized for the 768 MB resident-memory target; the serial collector suits 2 cores and a small heap.
JAVA_OPTS_BENCH=${BENCH_JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -Xss512k}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while (($#)); do
  case $1 in
    --smoke) SMOKE=true ;;
    --documents) DOCUMENTS=$2; shift ;;
    --db) DBS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --no-build) BUILD=false ;;
    --no-cds) CDS=false ;;
    -h|--help) usage 0 ;;
    *) echo "Unknown option: $1" >&2; usage 2 ;;
  esac
  shift
done
if $SMOKE; then
  DOCUMENTS=20
  DURATION=2
  WARMUP=1
  # The client compiler only: the JVM starts faster and the figures mean nothing anyway.
  JAVA_OPTS_BENCH="$JAVA_OPTS_BENCH -XX:TieredStopAtLevel=1"
fi
case $DBS in
  h2) DB_LIST=(h2) ;;
  postgres) DB_LIST=(postgres) ;;
  both) DB_LIST=(h2 postgres) ;;
  *) echo "--db must be h2, postgres or both" >&2; exit 2 ;;
esac
[[ $DOCUMENTS =~ ^[0-9]+$ && $DOCUMENTS -ge 1 ]] || { echo "--documents must be a positive number" >&2; exit 2; }

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$ROOT/bench/tmp/run-$STAMP
if $SMOKE; then RESULTS=$WORK/results; else RESULTS=$ROOT/bench/results; fi
mkdir -p "$WORK" "$RESULTS"
# How many filter requests are captured from the app's SQL log and explained.
if $SMOKE; then EXPLAIN_SAMPLES=3; else EXPLAIN_SAMPLES=30; fi

APP_PID=
SAMPLER_PID=
CHILD_PID=
PG_DB=
REPORT=/dev/null
FAILURES=()
DB_FAILURES=0

log() { printf '%s\n' "$*" | tee -a "$REPORT"; }
fail() {
  printf 'FAIL: %s\n' "$*" | tee -a "$REPORT" >&2
  FAILURES+=("$*")
  DB_FAILURES=$((DB_FAILURES + 1))
}

stop_sampler() {
  if [[ -n $SAMPLER_PID ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=
  fi
}

stop_app() {
  if [[ -n $APP_PID ]]; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}

# Drops the scratch PostgreSQL database and deletes the H2 files and the search index (which hold
# the whole corpus); the logs and wrk outputs stay in bench/tmp.
drop_database() {
  if [[ -n $PG_DB ]]; then
    dropdb --if-exists --force "$PG_DB" || echo "could not drop database $PG_DB" >&2
    PG_DB=
  fi
  if [[ -n ${DIR:-} ]]; then
    rm -rf "$DIR/h2" "$DIR/search-index"
  fi
}

cleanup() {
  local status=$?
  [[ -z $CHILD_PID ]] || kill "$CHILD_PID" 2>/dev/null || true
  stop_sampler
  stop_app
  drop_database
  rm -rf "$WORK/verbatim.jar" "$WORK/app" "$WORK/cds-training"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

# ------------------------------------------------------------------------------------------------
# Prerequisites, build, corpus
# ------------------------------------------------------------------------------------------------

for tool in java curl wrk awk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
if [[ $DBS != h2 ]]; then
  for tool in psql createdb dropdb pg_isready; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (PostgreSQL client)" >&2; exit 1; }
  done
  pg_isready -q || { echo "PostgreSQL is not accepting connections on $PGHOST:$PGPORT" >&2; exit 1; }
fi

jar_built() { ls target/verbatim-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }
JAR_BUILT=$(jar_built)
if $BUILD && [[ -n $JAR_BUILT && -z $(find pom.xml src -newer "$JAR_BUILT" -print -quit) ]]; then
  echo "The jar is newer than pom.xml and src/: not rebuilt"
elif $BUILD; then
  echo "Building the jar ..."
  # Offline first (the test build has fetched everything); online if something is missing.
  ./mvnw -B -o -q -DskipTests package || ./mvnw -B -q -DskipTests package
  JAR_BUILT=$(jar_built)
fi
[[ -n $JAR_BUILT ]] || { echo "No jar in target/: run without --no-build" >&2; exit 1; }
# What the jar was built from, read once: commits made while the run goes on are not in it.
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
COMMIT_NOTE=$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')
# A copy, so that a rebuild in target/ during the run changes nothing.
JAR=$WORK/verbatim.jar
cp "$JAR_BUILT" "$JAR"

# Start-up: the jar extracted (no nested-jar class loading) and an AppCDS archive of the classes
# that a start-up loads, from a training run that stops once the app is ready (Flyway,
# Hibernate, Hibernate Search, Spring Data's repositories and the index check done, on an
# in-memory H2 database and a throwaway index, so the benchmark's data is untouched). The
# archive belongs to this JVM and this classpath; if the JVM cannot use it, it says so and
# starts without it. START_CMD is what start_app runs.
START_CMD=(-jar "$JAR")
CDS_NOTE="off (--no-cds): java -jar on the Boot jar"
if $CDS; then
  echo "Extracting the jar and training the class data sharing archive ..."
  rm -rf "$WORK/app" "$WORK/cds-training"
  mkdir -p "$WORK/cds-training"
  cds_started=$(now)
  if java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" --application-filename verbatim.jar \
      >"$WORK/cds-training/extract.log" 2>&1 &&
    env "VERBATIM_EDITOR_TOKENS=cds:$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" VERBATIM_EDITOR_TOKENS_FILE= \
      SPRING_PROFILES_ACTIVE= "SPRING_DATASOURCE_URL=jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      timeout 600 java $JAVA_OPTS_BENCH -XX:ArchiveClassesAtExit="$WORK/app/verbatim.jsa" \
      -jar "$WORK/app/verbatim.jar" --server.port=0 --verbatim.exit-when-ready=true \
      --verbatim.search.index-directory="$WORK/cds-training/search-index" \
      >"$WORK/cds-training/training.log" 2>&1 && [[ -s $WORK/app/verbatim.jsa ]]; then
    START_CMD=(-XX:SharedArchiveFile="$WORK/app/verbatim.jsa" -jar "$WORK/app/verbatim.jar")
    CDS_NOTE="extracted jar + AppCDS archive ($(du -m "$WORK/app/verbatim.jsa" | cut -f1) MB, trained in $(calc '%.0f' 'b - a' a="$cds_started" b="$(now)") s)"
  else
    fail "the CDS training run failed (see $WORK/cds-training/): the app runs from the jar as is"
    tail -n 20 "$WORK/cds-training/training.log" 2>/dev/null | sed 's/^/    /' >&2 || true
    CDS_NOTE="off: the training run failed (see $WORK/cds-training/)"
  fi
  rm -rf "$WORK/cds-training/search-index"
fi

CORPUS=$ROOT/bench/tmp/corpus-$DOCUMENTS-$SEED.ndjson
SAMPLES=$ROOT/bench/tmp/corpus-$DOCUMENTS-$SEED.samples.tsv
if [[ ! -s $CORPUS || ! -s $SAMPLES || -n $(find bench/corpus -name '*.java' -newer "$CORPUS" -print -quit) ]]; then
  echo "Generating $DOCUMENTS documents (seed $SEED) ..."
  bench/corpus.sh --documents "$DOCUMENTS" --seed "$SEED" --out "$CORPUS.part" --samples "$SAMPLES"
  mv "$CORPUS.part" "$CORPUS"
fi
CORPUS_LINES=$(wc -l <"$CORPUS")

machine() {
  echo "date:      $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "commit:    $COMMIT$COMMIT_NOTE"
  echo "machine:   $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory"
  echo "java:      $(java -version 2>&1 | head -n 1); options: $JAVA_OPTS_BENCH"
  echo "start-up:  $CDS_NOTE"
  echo "wrk:       $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s measured"
  echo "corpus:    $CORPUS_LINES documents, seed $SEED ($(du -h "$CORPUS" | cut -f1))"
  echo "command:   bench/run.sh $ORIGINAL_ARGS"
}

# ------------------------------------------------------------------------------------------------
# The app
# ------------------------------------------------------------------------------------------------

# Starts the app in the background; LAUNCHED is the time just before the JVM starts.
start_app() {
  local logfile=$1
  LAUNCHED=$(now)
  env "${APP_ENV[@]}" java $JAVA_OPTS_BENCH "${START_CMD[@]}" \
    --server.port="$PORT" \
    --verbatim.search.index-directory="$DIR/search-index" \
    --management.endpoints.web.exposure.include=health,info,loggers \
    --management.endpoint.loggers.access=unrestricted \
    >>"$logfile" 2>&1 &
  APP_PID=$!
}

# Waits until the app is ready; READY_SECONDS is the time from launch.
wait_ready() {
  local logfile=$1 limit=$2
  while true; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      wait "$APP_PID" 2>/dev/null || true
      APP_PID=
      fail "$DB: the app exited before it was ready; end of $logfile:"
      tail -n 30 "$logfile" | sed 's/^/    /' | tee -a "$REPORT" >&2
      return 1
    fi
    if curl -sf -o /dev/null --max-time 2 "$BASE/actuator/health/readiness"; then
      READY_SECONDS=$(calc '%.1f' 'b - a' a="$LAUNCHED" b="$(now)")
      return 0
    fi
    if [[ $(calc '%d' 'b - a > l' a="$LAUNCHED" b="$(now)" l="$limit") == 1 ]]; then
      fail "$DB: the app was not ready within $limit s; see $logfile"
      return 1
    fi
    sleep 0.1
  done
}

# totalItems of a list answer, or "?".
total_items() {
  local total
  total=$(curl -sf --max-time 30 "$BASE$1" | grep -o '"totalItems" *: *[0-9]*' | grep -o '[0-9]*$' || true)
  echo "${total:-?}"
}

# Posts the corpus to the bulk import; sets IMPORTED_DOCUMENTS, IMPORTED_QUOTES, IMPORT_SECONDS.
import_corpus() {
  local answer=$DIR/import-answer.ndjson code seconds documents_before quotes_before
  documents_before=$(total_items '/api/v1/documents?size=1')
  quotes_before=$(total_items '/api/v1/quotes?size=1')
  log "Importing $CORPUS_LINES documents ..."
  # --upload-file streams the file (--data-binary @file would read all of it into memory first);
  # with -X POST and no Expect header the request is the same POST with a Content-Length.
  run_child curl -sS -X POST --upload-file "$CORPUS" -H 'Expect:' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    -o "$answer" -w '%{http_code} %{time_total}\n' "$BASE/api/v1/import" >"$DIR/import-status" || true
  read -r code seconds <"$DIR/import-status" || true
  if [[ ${code:-000} == 000 ]]; then
    fail "$DB: POST /api/v1/import: no answer (connection failed or closed)"
    return 1
  fi
  if [[ $code == 404 || $code == 405 ]]; then
    fail "$DB: POST /api/v1/import answered $code: this build has no bulk import endpoint yet, so the corpus cannot be loaded (the rest runs on the seeded data only)"
    return 1
  fi
  if [[ $code != 200 ]]; then
    fail "$DB: POST /api/v1/import answered $code: $(head -c 500 "$answer")"
    return 1
  fi
  local last lines created failed
  last=$(tail -n 1 "$answer")
  # Numbers of the final line, whatever the spacing of its JSON.
  number() { grep -o "\"$1\" *: *[0-9]*" <<<"$last" | grep -o '[0-9]*$' || true; }
  lines=$(number lines)
  created=$(number created)
  failed=$(number failed)
  if ! grep -q '"status" *: *"done"' <<<"$last"; then
    fail "$DB: the import answer does not end with a done line: $(head -c 300 <<<"$last")"
    return 1
  fi
  if [[ $lines != "$CORPUS_LINES" || $failed != 0 ]]; then
    fail "$DB: the import read $lines of $CORPUS_LINES lines, created $created, failed $failed; first failures:"
    grep '"status" *: *"failed"' "$answer" | head -n 3 | cut -c1-400 | sed 's/^/    /' | tee -a "$REPORT" >&2
  fi
  IMPORT_SECONDS=$seconds
  IMPORTED_DOCUMENTS=$(calc '%d' 'a - b' a="$(total_items '/api/v1/documents?size=1')" b="$documents_before")
  IMPORTED_QUOTES=$(calc '%d' 'a - b' a="$(total_items '/api/v1/quotes?size=1')" b="$quotes_before")
  return 0
}

# ------------------------------------------------------------------------------------------------
# Load
# ------------------------------------------------------------------------------------------------

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

# run_load NAME LIST [conditional]: warm-up, then the measured run; sets RPS, P50, P99 (ms), RSS_MB.
run_load() {
  local name=$1 list=$2 mode=${3:-} expected=200 out=$DIR/wrk-$name.txt threads=$THREADS connections=$CONNECTIONS
  [[ $mode == conditional ]] && expected=304
  # One connection: the latency of a request alone, without queueing behind 15 others.
  [[ $mode == serial ]] && threads=1 connections=1 mode=
  run_child wrk -t"$threads" -c"$connections" -d"${WARMUP}s" --timeout 10s -s bench/wrk.lua "$BASE" -- "$list" $mode \
    >"$DIR/wrk-$name-warmup.txt" 2>&1 || true
  start_sampler "$DIR/rss-$name"
  if ! run_child wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 10s --latency -s bench/wrk.lua "$BASE" -- "$list" $mode \
    >"$out" 2>&1; then
    stop_sampler
    fail "$DB: wrk failed on $name: $(tail -n 3 "$out")"
    RPS=? P50=? P99=? RSS_MB=?
    return 1
  fi
  stop_sampler
  local bench requests duration errors unexpected
  bench=$(grep '^BENCH ' "$out" || true)
  if [[ -z $bench ]]; then
    fail "$DB: no figures from wrk on $name: $(tail -n 3 "$out")"
    RPS=? P50=? P99=? RSS_MB=?
    return 1
  fi
  field() { grep -o "$1=[0-9]*" <<<"$bench" | cut -d= -f2; }
  requests=$(field requests)
  duration=$(field duration_us)
  RPS=$(calc '%.0f' 'r / (d / 1000000)' r="$requests" d="$duration")
  P50=$(calc '%.2f' 'v / 1000' v="$(field p50_us)")
  P99=$(calc '%.2f' 'v / 1000' v="$(field p99_us)")
  RSS_MB=$(calc '%.0f' 'k / 1024' k="$(cat "$DIR/rss-$name")")
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

# ------------------------------------------------------------------------------------------------
# The filter query's SQL, as the app sends it, explained by PostgreSQL
# ------------------------------------------------------------------------------------------------

set_logger() {
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"configuredLevel\":$2}" "$BASE/actuator/loggers/$1"
}

# The SQL of the first EXPLAIN_SAMPLES filter requests is captured from the app itself: Hibernate's
# SQL and bind-parameter logging is switched on through the actuator for these requests only (not
# during the load), each logged quote query gets its bind values put in, and PostgreSQL runs it
# under EXPLAIN ANALYZE (twice; the second, warm, run counts). Literal values give PostgreSQL a
# custom plan, which is also what it uses for the app's first executions of a prepared statement.
# Sets SQL_STATEMENTS (mean SQL statements per filter request) and SQL_MS (median execution time
# of the quote queries of one request: the page and, when the page is full, the count).
capture_filter_sql() {
  local list=$1 logfile=$2 sqlfile=$DIR/filter-sql.txt
  : >"$sqlfile"
  : >"$DIR/filter-statements"
  SQL_STATEMENTS=? SQL_MS=? SQL_REQUESTS=0
  if ! set_logger org.hibernate.SQL '"DEBUG"' || ! set_logger org.hibernate.orm.jdbc.bind '"TRACE"'; then
    fail "$DB: could not switch on SQL logging through /actuator/loggers"
    return 1
  fi
  local path start n=0
  while IFS= read -r path && ((n < EXPLAIN_SAMPLES)); do
    n=$((n + 1))
    start=$(($(wc -l <"$logfile") + 1))
    curl -sf -o /dev/null --max-time 30 "$BASE$path" || fail "$DB: $path failed while capturing its SQL"
    sleep 0.2
    tail -n +"$start" "$logfile" | grep -c 'org\.hibernate\.SQL' >>"$DIR/filter-statements" || true
    # One line per statement of the filter: "<request number>\t<SQL with its values>"
    tail -n +"$start" "$logfile" | awk -v request="$n" '
      function flush(   out, i, rest, at) {
        if (sql == "") return
        out = ""; rest = sql
        for (i = 1; i <= count; i++) {
          at = index(rest, "?")
          if (at == 0) break
          out = out substr(rest, 1, at - 1) value[i]; rest = substr(rest, at + 1)
        }
        print request "\t" out rest
        sql = ""
      }
      /org\.hibernate\.SQL/ {
        flush()
        line = $0; sub(/.*org\.hibernate\.SQL[ ]*: /, "", line)
        # The page (with its fetch joins), its count, and the occurrences and topics of its quotes
        # when read apart; the ids of the page and its count from the topic rows (quote_topic qtr1_0).
        if (line ~ /from quote q1_0 / || line ~ /from quote_topic qtr1_0 / || line ~ /from quote_occurrence o1_0 where/ || line ~ /from quote_topic t1_0 join topic/) { sql = line; count = 0 }
        next
      }
      /binding parameter \(/ && sql != "" {
        type = $0; sub(/.*binding parameter \([0-9]+:/, "", type); sub(/\).*/, "", type)
        v = $0; sub(/.*\) <- \[/, "", v); sub(/\][ ]*$/, "", v)
        if (type ~ /CHAR|DATE|TIME/) { gsub(/\047/, "\047\047", v); v = "\047" v "\047" }
        # PostgreSQL binds a batch of ids as one array: [1, 2, 3] becomes the literal {1,2,3} cast to bigint[].
        if (type ~ /ARRAY/) { gsub(/[\[\] ]/, "", v); v = "\047{" v "}\047::bigint[]" }
        value[++count] = v
      }
      END { flush() }' >>"$sqlfile"
  done <"$list"
  set_logger org.hibernate.SQL null || true
  set_logger org.hibernate.orm.jdbc.bind null || true
  SQL_STATEMENTS=$(awk '{ s += $1 } END { if (NR) printf "%.1f", s / NR; else print "?" }' "$DIR/filter-statements")
  SQL_REQUESTS=$n
  if [[ ! -s $sqlfile ]]; then
    fail "$DB: no quote query found in the SQL log of the filter requests"
    return 1
  fi
  [[ $DB == postgres ]] || return 0
  local request sql plan ms
  : >"$DIR/filter-sql-ms"
  while IFS=$'\t' read -r request sql; do
    plan=$(psql -X -q -At -d "$PG_DB" -v ON_ERROR_STOP=1 -c "explain (analyze) $sql" -c "explain (analyze) $sql" 2>&1) || {
      fail "$DB: EXPLAIN ANALYZE failed: $(head -n 2 <<<"$plan")"
      continue
    }
    ms=$(grep 'Execution Time' <<<"$plan" | tail -n 1 | grep -o '[0-9.]* ms' | cut -d' ' -f1)
    printf '%s\t%s\n' "$request" "$ms" >>"$DIR/filter-sql-ms"
    printf -- '-- request %s: %s\n%s\n\n' "$request" "$sql" "$plan" >>"$DIR/filter-plans.txt"
  done <"$sqlfile"
  # Per request: the sum of its quote queries; then the median over requests.
  SQL_MS=$(awk -F'\t' '{ s[$1] += $2 } END { for (r in s) print s[r] }' "$DIR/filter-sql-ms" | median)
}

# ------------------------------------------------------------------------------------------------
# One database
# ------------------------------------------------------------------------------------------------

SEEDED_FILTER='/api/v1/quotes?speaker=lukashenko&from=2020&to=2025&topic=politics&size=20
/api/v1/quotes?speaker=Alyaksandr+Lukashenka&from=2023&to=2023&topic=integration&size=20
/api/v1/quotes?speaker=%D0%9B%D1%83%D0%BA%D0%B0%D1%88%D0%B5%D0%BD%D0%BA%D0%BE&from=2021&to=2025&topic=energy&size=20
/api/v1/quotes?speaker=vladimir-putin&from=2020&to=2025&topic=politics&size=20'
SEEDED_DOCUMENT='/api/v1/documents/the-only-correct-decision'
SEEDED_PEOPLE='/api/v1/people?q=lukash
/api/v1/people?q=%D0%9B%D1%83%D0%BA%D0%B0%D1%88%D0%B5%D0%BD%D0%BA%D0%BE
/api/v1/people?q=Shpakovsky'
SEEDED_SEARCH='/api/v1/search?q=electricity
/api/v1/search?q=%22Union+State%22
/api/v1/search?q=incomes+OR+peace'

bench_database() {
  DB=$1
  DB_FAILURES=0
  DIR=$WORK/$DB
  mkdir -p "$DIR"
  REPORT=$RESULTS/$STAMP-$DB.txt
  local summary=$RESULTS/$STAMP-$DB.json applog=$DIR/app.log
  : >"$REPORT"
  log "Verbatim benchmark on $DB$($SMOKE && echo ' (smoke: the figures mean nothing)')"
  machine | tee -a "$REPORT"

  PORT=$(free_port)
  BASE=http://127.0.0.1:$PORT
  TOKEN=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  APP_ENV=("VERBATIM_EDITOR_TOKENS=bench:$TOKEN" "VERBATIM_EDITOR_TOKENS_FILE=")
  if [[ $DB == h2 ]]; then
    # A file database, so that the restart finds the data in place.
    APP_ENV+=("SPRING_PROFILES_ACTIVE="
      "SPRING_DATASOURCE_URL=jdbc:h2:file:$DIR/h2/verbatim;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
  else
    PG_DB=verbatim_bench_$(date +%s)_$$
    createdb "$PG_DB"
    log "postgres:  $(psql -X -At -d "$PG_DB" -c 'show server_version'), scratch database $PG_DB"
    APP_ENV+=("SPRING_PROFILES_ACTIVE=postgres" "VERBATIM_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB"
      "VERBATIM_DB_USER=$PGUSER" "VERBATIM_DB_PASSWORD=${PGPASSWORD:-}")
  fi
  log ""

  local first_ready=? ready=? imported=false import_seconds=? dps=? qps=?
  start_app "$applog"
  if ! wait_ready "$applog" 600; then
    stop_app
    drop_database
    return 0
  fi
  first_ready=$READY_SECONDS
  log "first start (empty database, index created): ready after $first_ready s"

  if import_corpus; then
    imported=true
    import_seconds=$IMPORT_SECONDS
    dps=$(calc '%.0f' 'n / s' n="$IMPORTED_DOCUMENTS" s="$IMPORT_SECONDS")
    qps=$(calc '%.0f' 'n / s' n="$IMPORTED_QUOTES" s="$IMPORT_SECONDS")
    log "import: $IMPORTED_DOCUMENTS documents, $IMPORTED_QUOTES quotes in $IMPORT_SECONDS s: $dps documents/s, $qps quotes/s"
  fi
  local documents_loaded quotes_loaded
  documents_loaded=$(total_items '/api/v1/documents?size=1')
  quotes_loaded=$(total_items '/api/v1/quotes?size=1')

  stop_app
  start_app "$applog"
  if ! wait_ready "$applog" 1800; then
    stop_app
    drop_database
    return 0
  fi
  ready=$READY_SECONDS
  log "restart with $documents_loaded documents and $quotes_loaded quotes in place: ready after $ready s"
  if [[ $(total_items '/api/v1/documents?size=1') != "$documents_loaded" || $(total_items '/api/v1/quotes?size=1') != "$quotes_loaded" ]]; then
    fail "$DB: the data is not in place after the restart"
  fi

  # What to ask for: requests that find something in the corpus, or the seeded data without it.
  local kind
  if $imported; then
    for kind in filter document people search; do
      awk -F'\t' -v k="$kind" '$1 == k { print $2 }' "$SAMPLES" >"$DIR/list-$kind.txt"
    done
  else
    log "(no corpus loaded: every request below runs on the seeded document only)"
    printf '%s\n' "$SEEDED_FILTER" >"$DIR/list-filter.txt"
    printf '%s\n' "$SEEDED_DOCUMENT" >"$DIR/list-document.txt"
    printf '%s\n' "$SEEDED_PEOPLE" >"$DIR/list-people.txt"
    printf '%s\n' "$SEEDED_SEARCH" >"$DIR/list-search.txt"
  fi
  echo /api/v1/ping >"$DIR/list-ping.txt"
  # Each list answers 200 and, where it is a list, finds something.
  local path answer
  for kind in ping filter document people search; do
    path=$(head -n 1 "$DIR/list-$kind.txt")
    answer=$(curl -s --max-time 30 -w '\n%{http_code}' "$BASE$path" || true)
    if [[ ${answer##*$'\n'} != 200 ]]; then
      fail "$DB: $path answered ${answer##*$'\n'}: $(head -c 300 <<<"$answer")"
    elif [[ $answer == *'"totalItems":0'* ]]; then
      fail "$DB: $path finds nothing"
    fi
  done
  # The ETag of each document, for the conditional requests.
  : >"$DIR/list-revalidate.txt"
  local etag
  while IFS= read -r path; do
    etag=$(curl -s -o /dev/null -D - --max-time 30 "$BASE$path" | tr -d '\r' | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print; exit }')
    [[ -n $etag ]] && printf '%s\t%s\n' "$path" "$etag" >>"$DIR/list-revalidate.txt"
  done < <(head -n 200 "$DIR/list-document.txt")
  if [[ ! -s $DIR/list-revalidate.txt ]]; then
    fail "$DB: GET $(head -n 1 "$DIR/list-document.txt") has no ETag header, so 304 revalidation cannot be measured"
  fi

  # Search, first time per query. A search's total and facets cover every hit and are kept until
  # the index changes, so the loaded run below mostly repeats queries whose counts are known; this
  # pass asks up to 50 distinct queries once each, alone, before anything else has asked them.
  local first_list=$DIR/list-search-first.txt first_ms=$DIR/search-first-ms status seconds
  # (The limit inside awk: a head closing the pipe early would fail the script under pipefail.)
  awk 'NR == 1 { first = $0; next } $0 != first && !seen[$0]++ && n < 50 { print; n++ }' "$DIR/list-search.txt" >"$first_list"
  : >"$first_ms"
  while IFS= read -r path; do
    read -r status seconds < <(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}\n' "$BASE$path" || echo 000 0)
    if [[ $status != 200 ]]; then
      fail "$DB: $path answered $status (search, first time)"
    else
      calc '%.2f\n' 's * 1000' s="$seconds" >>"$first_ms"
    fi
  done <"$first_list"
  SEARCH_FIRST_N=$(wc -l <"$first_ms")
  SEARCH_FIRST_P50=$(median <"$first_ms")
  SEARCH_FIRST_MAX=$(sort -g "$first_ms" | tail -n 1)
  log ""
  log "search, first time per query ($SEARCH_FIRST_N distinct queries, 1 connection): p50 $SEARCH_FIRST_P50 ms, max ${SEARCH_FIRST_MAX:-?} ms"
  log ""
  # The baseline is asked first and again last: first, the JIT has not finished compiling what
  # every request passes through (the filters, Tomcat), and a ping measured then is no ceiling.
  # The ratios use the higher of the two.
  local -A rps p50 p99 rss describe
  local base_rps=? name max_rss=0
  local names=(ping filter filter1 document revalidate search people ping-again)
  cp "$DIR/list-filter.txt" "$DIR/list-filter1.txt"
  cp "$DIR/list-ping.txt" "$DIR/list-ping-again.txt"
  for name in "${names[@]}"; do
    case $name in
      ping) describe[$name]='GET /api/v1/ping' ;;
      filter) describe[$name]="quotes by speaker + date range + topic, $(wc -l <"$DIR/list-filter.txt") speakers" ;;
      filter1) describe[$name]="the same, 1 connection (a request alone, no queueing)" ;;
      document) describe[$name]="a document by slug, $(wc -l <"$DIR/list-document.txt") documents" ;;
      revalidate) describe[$name]='the same with If-None-Match (304)' ;;
      search) describe[$name]="full-text search with facets, $(wc -l <"$DIR/list-search.txt") queries" ;;
      people) describe[$name]="people by a name variant, $(wc -l <"$DIR/list-people.txt") names" ;;
      ping-again) describe[$name]='GET /api/v1/ping again, after the other loads' ;;
    esac
    if [[ ! -s $DIR/list-$name.txt ]]; then
      rps[$name]=? p50[$name]=? p99[$name]=? rss[$name]=?
      describe[$name]="${describe[$name]}: skipped"
      continue
    fi
    echo "  measuring $name ..."  # progress only, not part of the report
    if [[ $name == revalidate ]]; then
      run_load "$name" "$DIR/list-$name.txt" conditional || true
    elif [[ $name == filter1 ]]; then
      run_load "$name" "$DIR/list-$name.txt" serial || true
    else
      run_load "$name" "$DIR/list-$name.txt" || true
    fi
    rps[$name]=$RPS p50[$name]=$P50 p99[$name]=$P99 rss[$name]=$RSS_MB
    [[ $RSS_MB =~ ^[0-9]+$ ]] && ((RSS_MB > max_rss)) && max_rss=$RSS_MB
  done
  base_rps=${rps[ping]}
  if [[ ${rps[ping-again]} =~ ^[0-9]+$ ]] && { [[ ! $base_rps =~ ^[0-9]+$ ]] || ((rps[ping-again] > base_rps)); }; then
    base_rps=${rps[ping-again]}
  fi
  log ""
  log "baseline (ceiling): $base_rps req/s, the higher of the two pings"
  log "$(printf '%-12s %10s %9s %9s %8s %8s  %s' endpoint 'req/s' 'p50 ms' 'p99 ms' 'vs ping' 'RSS MB' 'requests')"
  for name in "${names[@]}"; do
    log "$(printf '%-12s %10s %9s %9s %8s %8s  %s' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" \
      "$(calc '%.2f' 'r / b' r="${rps[$name]}" b="$base_rps")" "${rss[$name]}" "${describe[$name]}")"
  done
  local max_anon
  max_anon=$(calc '%.0f' 'k / 1024' k="$(cat "$DIR"/rss-*.anon 2>/dev/null | sort -g | tail -n 1)")
  log "JVM resident memory under load (max VmRSS): $max_rss MB, of which anonymous (max RssAnon) $max_anon MB; the rest is mapped files (index segments, classes)"

  capture_filter_sql "$DIR/list-filter.txt" "$applog" || true
  log ""
  log "filter query: $SQL_STATEMENTS SQL statements per request (Hibernate's log, $SQL_REQUESTS requests)"
  if [[ $DB == postgres ]]; then
    log "filter query: PostgreSQL execution time (EXPLAIN ANALYZE, median) $SQL_MS ms; API p50 ${p50[filter1]} ms alone, ${p50[filter]} ms at $CONNECTIONS connections"
  fi

  log ""
  log "targets (2 cores, 1M quotes; informative unless the corpus has that size):"
  target() { log "$(printf '  %-46s %-22s %s' "$1" "$2" "$([[ $3 == 1 ]] && echo met || { [[ $3 == 0 ]] && echo MISSED || echo '?'; })")"; }
  local ratio_filter ratio_304
  ratio_filter=$(calc '%.2f' 'r / b' r="${rps[filter]}" b="$base_rps")
  ratio_304=$(calc '%.2f' 'r / b' r="${rps[revalidate]}" b="$base_rps")
  target "filtered quotes p99 <= 25 ms" "${p99[filter]} ms" "$(calc '%d' 'v <= 25' v="${p99[filter]}")"
  target "filtered quotes >= 35% of baseline req/s" "$ratio_filter" "$(calc '%d' 'v >= 0.35' v="$ratio_filter")"
  target "search p50 <= 10 ms" "${p50[search]} ms" "$(calc '%d' 'v <= 10' v="${p50[search]}")"
  target "search p99 <= 50 ms" "${p99[search]} ms" "$(calc '%d' 'v <= 50' v="${p99[search]}")"
  target "304 revalidation >= 80% of baseline req/s" "$ratio_304" "$(calc '%d' 'v >= 0.8' v="$ratio_304")"
  if [[ $DB == postgres ]]; then
    # Both sides of this comparison are one request alone: EXPLAIN ANALYZE runs one query, so the
    # API's side is its p50 at one connection (at 16, the p50 is mostly queueing on 2 cores).
    target "filter API p50 (1 connection) <= 2 x SQL + 1 ms" "${p50[filter1]} vs $(calc '%.2f' '2 * s + 1' s="$SQL_MS") ms" \
      "$(calc '%d' 'p <= 2 * s + 1' p="${p50[filter1]}" s="$SQL_MS")"
  fi
  target "bulk import >= 5,000 quotes/s" "$qps quotes/s" "$(calc '%d' 'v >= 5000' v="$qps")"
  target "ready <= 5 s after restart" "$ready s" "$(calc '%d' 'v <= 5' v="$ready")"
  target "resident memory <= 768 MB under load" "$max_rss MB" "$(calc '%d' 'v <= 768' v="$max_rss")"

  stop_app
  drop_database

  # Machine-readable summary ("?" where a figure could not be measured becomes null).
  num() { [[ $1 =~ ^-?[0-9]+(\.[0-9]+)?$ ]] && echo "$1" || echo null; }
  {
    printf '{"timestamp":"%s","db":"%s","smoke":%s,"commit":"%s","cores":%s,"memoryKiB":%s,' \
      "$STAMP" "$DB" "$SMOKE" "$COMMIT" "$(nproc)" \
      "$(awk '/MemTotal/ { print $2 }' /proc/meminfo)"
    printf '"javaOptions":"%s","startup":"%s","connections":%s,"durationSeconds":%s,"corpusDocuments":%s,"seed":%s,' \
      "$JAVA_OPTS_BENCH" "$CDS_NOTE" "$CONNECTIONS" "$DURATION" "$CORPUS_LINES" "$SEED"
    printf '"imported":%s,"import":{"seconds":%s,"documentsPerSecond":%s,"quotesPerSecond":%s},' \
      "$imported" "$(num "$import_seconds")" "$(num "$dps")" "$(num "$qps")"
    printf '"documents":%s,"quotes":%s,"firstReadySeconds":%s,"readySeconds":%s,"maxRssMB":%s,"maxRssAnonMB":%s,' \
      "$(num "$documents_loaded")" "$(num "$quotes_loaded")" "$(num "$first_ready")" "$(num "$ready")" "$(num "$max_rss")" \
      "$(num "$max_anon")"
    printf '"filterSqlStatements":%s,"filterSqlExecutionMs":%s,"baselineRequestsPerSecond":%s,"endpoints":{' \
      "$(num "$SQL_STATEMENTS")" "$(num "${SQL_MS:-?}")" "$(num "$base_rps")"
    local sep=
    for name in "${names[@]}"; do
      printf '%s"%s":{"requestsPerSecond":%s,"p50ms":%s,"p99ms":%s,"ratioToPing":%s,"rssMB":%s}' "$sep" "$name" \
        "$(num "${rps[$name]}")" "$(num "${p50[$name]}")" "$(num "${p99[$name]}")" \
        "$(num "$(calc '%.3f' 'r / b' r="${rps[$name]}" b="$base_rps")")" "$(num "${rss[$name]}")"
      sep=,
    done
    printf '},"searchFirstTime":{"queries":%s,"p50ms":%s,"maxms":%s}' "$(num "$SEARCH_FIRST_N")" \
      "$(num "$SEARCH_FIRST_P50")" "$(num "${SEARCH_FIRST_MAX:-?}")"
    printf ',"failures":%s}\n' "$DB_FAILURES"
  } >"$summary"
  log ""
  log "results: $REPORT, $summary; logs and wrk output: $DIR"
}

for db in "${DB_LIST[@]}"; do
  bench_database "$db"
  echo
done

if ((${#FAILURES[@]})); then
  echo "${#FAILURES[@]} failure(s):" >&2
  printf '  %s\n' "${FAILURES[@]}" >&2
  exit 1
fi
echo "bench/run.sh: all steps passed"
